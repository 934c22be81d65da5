import { MedusaError } from "@medusajs/framework/utils"
import { fieldError } from "./field-error"

export type PostingInput = { account_id: string; amount: number }

/** Largest amount one posting may carry (minor units): well inside the integer balance columns. */
export const MAX_POSTING_AMOUNT = 100_000_000

/**
 * A transaction's legs must be whole minor units, non-zero, each account once, and sum to zero:
 * checked before anything is written.
 */
export function assertBalancedPostings(postings: PostingInput[]): void {
  if (postings.length < 2) throw fieldError(MedusaError.Types.INVALID_DATA, "postings", "a transaction needs at least two postings")
  const accounts = new Set<string>()
  let sum = 0
  for (const [index, { account_id, amount }] of postings.entries()) {
    if (!Number.isSafeInteger(amount) || amount === 0 || Math.abs(amount) > MAX_POSTING_AMOUNT) {
      throw fieldError(MedusaError.Types.INVALID_DATA, `postings.${index}.amount`, `must be a non-zero whole number of minor units up to ${MAX_POSTING_AMOUNT}`)
    }
    if (accounts.has(account_id)) {
      throw fieldError(MedusaError.Types.INVALID_DATA, `postings.${index}.account_id`, "each account may appear once per transaction")
    }
    accounts.add(account_id)
    sum += amount
  }
  if (sum !== 0) throw fieldError(MedusaError.Types.INVALID_DATA, "postings", `postings must sum to zero, they sum to ${sum}`)
}
