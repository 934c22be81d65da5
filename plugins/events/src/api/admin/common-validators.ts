/**
 * A zod error message that names its field the way Medusa's own messages do (`Field 'images, 0' …`),
 * so the error handler can report `field` for format checks too (zod's default "Invalid URL" names none).
 */
export const namedFieldError = (expectation: string) => ({
  error: (issue: { path?: PropertyKey[] }) => `Field '${(issue.path ?? []).map(String).join(", ")}' must be ${expectation}`,
})
