/**
 * A zod error message that names its field the way Medusa's own messages do (`Field 'charges, 0, amount' …`),
 * so the backend's error handler can report `field` for format checks too (zod's own text names none).
 */
export const namedFieldError = (expectation: string) => ({
  error: (issue: { path?: PropertyKey[] }) => `Field '${(issue.path ?? []).map(String).join(", ")}' must be ${expectation}`,
})

export const CURRENCY_CODE = namedFieldError("a lowercase ISO 4217 code")
export const DATE_TIME = namedFieldError("an ISO 8601 date-time with an offset")
