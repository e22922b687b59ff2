import * as React from "react";
import { CONTACT_FILE, readContact, type Contact } from "./readContact";

/**
 * The province's contact from lien-he.json beside the page (the same file in Excel and in the web app), read once;
 * null until then, and for good when the file is missing, unreadable or breaks the rules: the pane then says the
 * generic words.
 */
export function useContactInfo(): Contact | null {
  const [contact, setContact] = React.useState<Contact | null>(null);
  React.useEffect(() => {
    if (typeof fetch !== "function") return undefined;
    let live = true;
    fetch(CONTACT_FILE, { cache: "no-cache" })
      .then((res) => (res.ok ? res.json() : null))
      .then((json: unknown) => {
        if (live) setContact(readContact(json));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return contact;
}
