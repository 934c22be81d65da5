/** Emails compare case-insensitively; the stored form is trimmed and lower-case. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase()

/** Mobile numbers compare without spaces, dashes, dots or brackets ("+49 170 123-4567" = "+491701234567"). */
export const normalizePhone = (phone: string) => phone.replace(/[\s\-().]/g, "")

export const sameEmail = (a?: string | null, b?: string | null) => !!a && !!b && normalizeEmail(a) === normalizeEmail(b)

export const samePhone = (a?: string | null, b?: string | null) => !!a && !!b && normalizePhone(a) === normalizePhone(b)
