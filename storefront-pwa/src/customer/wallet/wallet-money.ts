import { formatMoney } from "../../core/ui/format.js";

/** Digits after the decimal point for a currency (2 for EUR, 0 for JPY). */
function minorDigits(currency: string): number {
  return new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() }).resolvedOptions().maximumFractionDigits ?? 2;
}

export const toMinor = (major: number, currency: string) => Math.round(major * 10 ** minorDigits(currency));
export const fromMinor = (minor: number, currency: string) => minor / 10 ** minorDigits(currency);
export const formatMinor = (minor: number, currency: string) => formatMoney({ amount: fromMinor(minor, currency), currency_code: currency });
