import type { Lang } from "../../../core/messages/define";

export type NotInExcelProps = { readonly lang: Lang; readonly previewHref: string };
