/**
 * lien-he.json (the province's contact, written by tao-manifest.html from the release) as the pane reads it. The
 * rules are src/release/contact.js's `readContact` (ES5, for the legacy and support pages); readContact.test.ts
 * checks both agree. A field that breaks them is left out; null when no unit or no way to reach it is left.
 */
export type Contact = {
  readonly donVi: string;
  readonly dienThoai?: string;
  readonly email?: string;
  readonly ghiChu?: string;
};

/** The file at the site's root, beside index.html and taskpane.html. */
export const CONTACT_FILE = "lien-he.json";

const LIMITS = { donVi: 200, dienThoai: 40, email: 254, ghiChu: 500 } as const;
type Field = keyof typeof LIMITS;
const PHONE = /^\+?[0-9(][0-9 ().-]{4,38}[0-9]$/;
const EMAIL = /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[^\s@<>"(),;:.]+$/;

function clean(value: unknown): string {
  // eslint-disable-next-line no-control-regex
  return typeof value === "string" ? value.replace(/[\u0000-\u001f\u007f]+/g, " ").trim() : "";
}

function acceptable(field: Field, value: string): boolean {
  if (value === "" || value.length > LIMITS[field]) return false;
  if (field === "dienThoai") return PHONE.test(value);
  if (field === "email") return EMAIL.test(value);
  return true;
}

/** @example readContact({ donVi: "Sở A", email: "a@b.vn" }) → { donVi: "Sở A", email: "a@b.vn" } */
export function readContact(value: unknown): Contact | null {
  if (value === null || typeof value !== "object") return null;
  const out: Partial<Record<Field, string>> = {};
  for (const field of Object.keys(LIMITS) as Field[]) {
    const v = clean((value as Record<string, unknown>)[field]);
    if (acceptable(field, v)) out[field] = v;
  }
  if (!out.donVi || (!out.dienThoai && !out.email)) return null;
  return out as Contact;
}

/** A tel: address for a phone number as typed ("0209 3852 123" → "tel:02093852123"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, "")}`;
}
