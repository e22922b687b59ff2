import * as React from "react";
import { Link } from "@fluentui/react-components";
import { uiText } from "../../messages";
import type { ContactInfoProps } from "./ContactInfo.types";
import { telHref } from "./readContact";
import { useContactInfo } from "./useContactInfo";
import { useContactInfoStyles } from "./useContactInfoStyles.styles";

/**
 * Who to call for help, in "Giới thiệu và hỗ trợ": the province's unit, phone and email from lien-he.json (written
 * by IT with the release's tao-manifest.html), or the generic words when the site has none.
 */
export function ContactInfo(props: ContactInfoProps): React.ReactElement {
  const { lang } = props;
  const contact = useContactInfo();
  const styles = useContactInfoStyles();
  if (!contact) return <p className={styles.root}>{uiText(lang, "contactGeneric")}</p>;
  return (
    <p className={styles.root}>
      {uiText(lang, "contactWith", { unit: contact.donVi })}
      {contact.dienThoai && (
        <>
          {`, ${uiText(lang, "contactPhone")} `}
          <Link href={telHref(contact.dienThoai)}>{contact.dienThoai}</Link>
        </>
      )}
      {contact.email && (
        <>
          {`, ${uiText(lang, "contactEmail")} `}
          <Link href={`mailto:${contact.email}`}>{contact.email}</Link>
        </>
      )}
      .{contact.ghiChu && ` ${contact.ghiChu}`}
    </p>
  );
}
