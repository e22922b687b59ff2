import type { Lang } from "../messages/define";
import { tPrintHeading } from "../messages/printHeadings";
import type { CellWrite, RangeRef } from "../model";
import type { PlaceKind } from "../narrative/findPlaceKind";
import { SUBTITLE_STYLE, TITLE_STYLE } from "./styles";

export type HeadingOptions = {
  readonly title: string;
  readonly year?: number | undefined;
  /** "xã Bình Lương"; unknown → "xã …" (or "phường …"). */
  readonly placeName?: string | undefined;
  readonly place?: PlaceKind | undefined;
  readonly lang: Lang;
  /** Last column the heading lines are merged across. */
  readonly lastCol: number;
};

/**
 * Rows 1–2 of a generated sheet: "PHỤ LỤC: <title>" and "(Kèm theo Kế hoạch số …/KH-UBND ngày …/…/<year> của UBND
 * <place>)", centred over the table, as the seed's appendix has them.
 */
export function buildHeadingWrites(o: HeadingOptions): { writes: CellWrite[]; merges: RangeRef[] } {
  const place =
    o.placeName ??
    tPrintHeading(o.lang, o.place?.area === "ward" ? "placeUnknownWard" : "placeUnknownCommune");
  const year = o.year === undefined ? tPrintHeading(o.lang, "yearUnknown") : String(o.year);
  return {
    writes: [
      {
        row: 1,
        col: 1,
        cell: { value: tPrintHeading(o.lang, "appendixHeading", { title: o.title }) },
        style: { ...TITLE_STYLE, wrap: true },
      },
      {
        row: 2,
        col: 1,
        cell: { value: tPrintHeading(o.lang, "attachedTo", { year, place }) },
        style: SUBTITLE_STYLE,
      },
    ],
    merges: [
      { top: 1, left: 1, bottom: 1, right: o.lastCol },
      { top: 2, left: 1, bottom: 2, right: o.lastCol },
    ],
  };
}
