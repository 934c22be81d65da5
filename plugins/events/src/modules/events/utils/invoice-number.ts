/** PAY-2026-0042: the year and a per-year sequence, zero-padded to four digits (more when needed). */
export const invoiceNumber = (year: number, sequence: number) => `PAY-${year}-${String(sequence).padStart(4, "0")}`
