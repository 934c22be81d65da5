/** The product whose one variant carries wallet top-ups; each line's custom unit price is the amount. */
export const TOP_UP_PRODUCT_HANDLE = "wallet-top-up"

/** Marks a cart line as a top-up of its customer's wallet (line item metadata). */
export const TOP_UP_METADATA_KEY = "wallet_top_up"

/**
 * Medusa keeps prices in major units; the ledger counts minor units. Two-decimal currencies only
 * (every currency the demo and tests sell in); a zero-decimal currency would need its exponent here.
 */
export const toMinorUnits = (major: number | string) => Math.round(Number(major) * 100)
export const toMajorUnits = (minor: number) => minor / 100
