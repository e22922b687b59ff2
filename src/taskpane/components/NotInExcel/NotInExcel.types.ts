import type { Lang } from "../../../core";

export type NotInExcelProps = { readonly lang: Lang; readonly webAppHref: string };
