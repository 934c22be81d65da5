import { z } from "@medusajs/framework/zod"
import { DEPENDENT_RELATIONS } from "../../../../modules/events/models/dependent"
import { normalizeEmail, normalizePhone } from "../../../../workflows/utils/contact"

/**
 * Shapes only; ownership, states and limits are the module's to judge under its row locks. No
 * `fields` parameter anywhere here: the shapes are fixed, so nobody can walk to other customers' data.
 */

/** Medusa passes format and refinement messages through as they are; naming the field lets the error handler report it. */
const about = (field: string, rule: string) => `Field '${field}' ${rule}`

const count = (max: number) => z.preprocess((value) => (typeof value === "string" && value !== "" ? Number(value) : value), z.number().int().min(0).max(max))

const page = {
  limit: count(50).refine((limit) => limit > 0, about("limit", "must be at least 1")).default(20),
  offset: count(Number.MAX_SAFE_INTEGER).default(0),
}

export const StoreGetPageParams = z.object(page)
export type StoreGetPageParamsType = z.infer<typeof StoreGetPageParams>

export const StoreGetTransfersParams = z.object({
  ...page,
  /** Sent by me, addressed to my email or mobile number, or both (default). */
  direction: z.enum(["outgoing", "incoming", "all"]).default("all"),
})
export type StoreGetTransfersParamsType = z.infer<typeof StoreGetTransfersParams>

const PHONE = /^\+?[0-9]{6,15}$/


export const StoreCreateTransfer = z
  .object({
    kind: z.enum(["transfer", "gift"]).default("transfer"),
    to_email: z.string().trim().email({ error: about("to_email", "must be an email address") }).transform(normalizeEmail).optional(),
    to_phone: z
      .string()
      .transform(normalizePhone)
      .refine((phone) => PHONE.test(phone), about("to_phone", "must be a mobile number in international form (+491701234567)"))
      .optional(),
    message: z.string().trim().max(500).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (!body.to_email === !body.to_phone) {
      ctx.addIssue({ code: "custom", path: ["to_email"], message: about("to_email", "or to_phone is needed, exactly one of them") })
    }
  })
export type StoreCreateTransferType = z.infer<typeof StoreCreateTransfer>

export const StoreAcceptTransferByToken = z.object({ token: z.string().min(16).max(200) }).strict()
export type StoreAcceptTransferByTokenType = z.infer<typeof StoreAcceptTransferByToken>

export const StoreCreateRefundRequest = z.object({ reason: z.string().trim().max(1000).optional() }).strict()
export type StoreCreateRefundRequestType = z.infer<typeof StoreCreateRefundRequest>

export const StoreAddFavorite = z.object({ event_id: z.string().trim().min(1) }).strict()
export type StoreAddFavoriteType = z.infer<typeof StoreAddFavorite>

const birthDate = z.coerce
  .date()
  .refine((date) => date.getTime() < Date.now(), about("birth_date", "must be in the past"))
  .refine((date) => date.getUTCFullYear() >= 1900, about("birth_date", "must be after 1900"))

export const StoreCreateDependent = z
  .object({
    name: z.string().trim().min(1).max(200),
    birth_date: birthDate,
    relation: z.enum(DEPENDENT_RELATIONS),
  })
  .strict()
export type StoreCreateDependentType = z.infer<typeof StoreCreateDependent>

export const StoreUpdateDependent = StoreCreateDependent.partial().strict()
export type StoreUpdateDependentType = z.infer<typeof StoreUpdateDependent>

export const StoreAttachDependent = z.object({ dependent_id: z.string().trim().min(1) }).strict()
export type StoreAttachDependentType = z.infer<typeof StoreAttachDependent>
