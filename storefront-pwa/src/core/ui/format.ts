/** A price as the store API gives it: Medusa v2 amounts are in the currency's main unit (50 = €50.00). */
export interface Money {
  readonly amount: number;
  readonly currency_code: string;
}

export function formatMoney({ amount, currency_code }: Money): string {
  return new Intl.NumberFormat(undefined, { style: "currency", currency: currency_code.toUpperCase() }).format(amount);
}

/** An event's date and time in the event's own time zone (what the ticket says), e.g. "Tue, 1 Jun 2027, 20:00". */
export function formatEventTime(iso: string, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" };
  try {
    return new Intl.DateTimeFormat(undefined, { ...options, timeZone }).format(new Date(iso));
  } catch {
    return new Intl.DateTimeFormat(undefined, options).format(new Date(iso)); // unknown zone name
  }
}
