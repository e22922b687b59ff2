/** Thrown only when a caller misuses the API (a bug), never for bad data. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** An address or range string that is not A1 notation. */
export class InvalidAddressError extends UsageError {}
