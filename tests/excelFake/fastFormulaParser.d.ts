/** The part of fast-formula-parser (MIT, no bundled types) that the fake's calculator uses. */
declare module "fast-formula-parser" {
  type Position = { sheet: string; row: number; col: number };
  type RangeRef = {
    sheet: string;
    from: { row: number; col: number };
    to: { row: number; col: number };
  };
  export default class FormulaParser {
    constructor(config: {
      onCell: (ref: Position) => unknown;
      onRange: (ref: RangeRef) => unknown[][];
      /** Functions added to (or replacing) the parser's own; arguments come as `{ value }`. */
      functions?: Record<string, (...args: { value: unknown }[]) => unknown>;
    });
    parse(formula: string, position: Position, allowReturnArray?: boolean): unknown;
  }
}
