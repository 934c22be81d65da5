/** A refusal from the backend as its error handler words it: `{type, message, field?}`. */
export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    message: string,
    readonly status: number,
    readonly type?: string,
    readonly field?: string,
  ) {
    super(message);
  }
}
