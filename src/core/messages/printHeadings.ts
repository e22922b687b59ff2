import { defineMessages, translator } from "./define";

/** The heading lines of a printed appendix, as the seed's appendix has them. */
export const printHeadingMessages = defineMessages(
  {
    appendixHeading: "PHỤ LỤC: {title}",
    attachedTo: "(Kèm theo Kế hoạch số     /KH-UBND ngày    /    /{year} của UBND {place})",
    placeUnknownCommune: "xã …",
    placeUnknownWard: "phường …",
    yearUnknown: "……",
  },
  {
    appendixHeading: "APPENDIX: {title}",
    attachedTo:
      "(Attached to Plan No.     /KH-UBND of    /    /{year} of the People's Committee of {place})",
    placeUnknownCommune: "commune …",
    placeUnknownWard: "ward …",
    yearUnknown: "……",
  }
);

export const tPrintHeading = translator(printHeadingMessages);
