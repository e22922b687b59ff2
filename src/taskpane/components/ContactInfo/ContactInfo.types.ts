import type { Lang } from "../../../core";

export type ContactInfoProps = { readonly lang: Lang };
