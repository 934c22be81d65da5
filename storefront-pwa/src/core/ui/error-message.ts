/** The SDK's FetchError carries the HTTP status; Medusa's error body gives `message` (and our backend `field`). */
interface HttpError {
  status?: number;
  message?: string;
}

/**
 * One sentence for people about a failed request. Offline and "no answer" are told apart from refusals; a
 * refusal shows the server's own message, which names the field (see the backend's error handler).
 */
export function describeError(error: unknown, online: boolean): string {
  if (!online) return "You are offline. Check the connection, then try again.";
  if (error instanceof TypeError) return "The store did not answer. Try again in a moment.";
  const { status, message } = (typeof error === "object" && error !== null ? error : {}) as HttpError;
  if (status === 401) return "Please sign in again.";
  if (status === 404) return "This was not found. It may have been removed.";
  if (status === 429) return "Too many attempts. Wait a minute, then try again.";
  if (status !== undefined && status >= 500) return "The store had a problem. Try again in a moment.";
  return message || "Something went wrong. Try again.";
}
