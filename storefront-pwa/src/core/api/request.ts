import { reportRequestOutcome } from "../offline/connectivity.js";
import { abortable } from "./abortable.js";

/**
 * Wraps an SDK call: abortable through `signal`, and reporting to connectivity.ts whether the backend answered.
 * fetch rejects with a TypeError only when no HTTP answer arrived; the SDK throws a FetchError for 4xx/5xx.
 */
export async function request<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  try {
    const result = await abortable(work, signal);
    reportRequestOutcome(true);
    return result;
  } catch (error) {
    if (error instanceof TypeError) reportRequestOutcome(false);
    else if (!signal.aborted) reportRequestOutcome(true);
    throw error;
  }
}
