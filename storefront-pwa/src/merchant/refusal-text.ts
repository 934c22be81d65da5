import { ActorApiError } from "../core/api/actor-client.js";
import { describeError } from "../core/ui/error-message.js";

/**
 * The server's refusals are lowercase clauses that name the problem ("no customer has this mobile number",
 * "invalid request: Field 'code' must be the six digits…"); at the counter a plain sentence reads better.
 */
export function sentence(message: string): string {
  const text = message.replace(/^invalid request:\s*/i, "").replace(/^field '([^']+)'\s*/i, "").trim();
  const capitalised = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/**
 * A failed stand action for people: a refusal (4xx but a refused sign-in) in the server's own words, since they
 * say what to fix (wrong code and attempts left, no such customer, too many codes and when to retry); anything
 * else (offline, no answer, server fault, sign-in) as describeError words it.
 */
export function refusalText(error: unknown, online: boolean): string {
  if (online && error instanceof ActorApiError && error.status >= 400 && error.status < 500 && error.status !== 401) return sentence(error.message);
  return describeError(error, online);
}
