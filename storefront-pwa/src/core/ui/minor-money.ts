import { formatMoney } from "./format.js";

/**
 * Amounts in minor units (450 = €4.50), as the wallet and the stands count them. The customer's wallet and the
 * merchant's till both convert here, so a euro is the same number of cents everywhere.
 */

/** Digits after the decimal point for a currency (2 for EUR, 0 for JPY). */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() }).resolvedOptions().maximumFractionDigits ?? 2;
}

export const toMinor = (major: number, currency: string) => Math.round(major * 10 ** minorDigits(currency));
export const fromMinor = (minor: number, currency: string) => minor / 10 ** minorDigits(currency);
export const formatMinor = (minor: number, currency: string) => formatMoney({ amount: fromMinor(minor, currency), currency_code: currency });

/**
 * What a person typed as an amount ("4.50", "4,50", "4") in minor units; undefined when it is not a plain amount
 * or has more decimals than the currency has. A comma is read as the decimal mark, as many tills type it.
 */
export function parseMinor(text: string, currency: string): number | undefined {
  const digits = minorDigits(currency);
  const match = /^(\d{1,7})(?:[.,](\d*))?$/.exec(text.trim());
  if (!match) return undefined;
  const fraction = match[2] ?? "";
  if (fraction.length > digits) return undefined;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
}
