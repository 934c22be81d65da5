import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { CARD_KINDS, CARD_STATUSES } from "../../../modules/wallet/models/card"

export const AdminImportCards = z.object({
  /** One serial number (NFC UID, hex, bare or colon-separated) per line; a header line and other columns are ignored. */
  csv: z.string().min(1).max(2_000_000),
  kind: z.enum(CARD_KINDS).default("wristband"),
  event_id: z.string().nullish(),
  /** What stands may debit the card offline (minor units). */
  offline_cap: z.number().int().nonnegative().max(50_000).optional(),
})
export type AdminImportCardsType = z.infer<typeof AdminImportCards>

export const AdminGetCardsParams = createFindParams({ limit: 50, offset: 0 }).extend({
  status: z.union([z.enum(CARD_STATUSES), z.array(z.enum(CARD_STATUSES))]).optional(),
  customer_id: z.string().optional(),
  serial_number: z.string().optional(),
})
export type AdminGetCardsParamsType = z.infer<typeof AdminGetCardsParams>

export const AdminReplaceCard = z.object({ serial_number: z.string().min(2).max(40) })
export type AdminReplaceCardType = z.infer<typeof AdminReplaceCard>

export const AdminAssignCard = z.object({ customer_id: z.string().min(1) })
export type AdminAssignCardType = z.infer<typeof AdminAssignCard>
