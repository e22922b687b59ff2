/** An error shaped like `OfficeExtension.Error`: a `code` from `Excel.ErrorCodes` and a `debugInfo`. */
export class FakeExcelError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { readonly code: string; readonly message: string };

  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.debugInfo = { code, message };
  }
}

export const notLoaded = (what: string): FakeExcelError =>
  new FakeExcelError(
    "PropertyNotLoaded",
    `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
