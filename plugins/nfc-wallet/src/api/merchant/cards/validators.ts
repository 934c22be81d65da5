import { z } from "@medusajs/framework/zod"
import { Mobile } from "../customers/validators"

/** A card in stock, by the tag's serial number or by its credential, for the customer who confirms with their code. */
export const MerchantAssignCard = z
  .object({
    serial_number: z.string().trim().regex(/^[0-9a-fA-F]{8,20}$/, { error: "Field 'serial_number' must be the tag's UID in hex" }).optional(),
    credential: z.string().trim().min(1).max(600).optional(),
    mobile: Mobile,
    code: z.string().regex(/^\d{6}$/, { error: "Field 'code' must be the six digits the customer received" }),
  })
  .refine((body) => Boolean(body.serial_number) !== Boolean(body.credential), {
    path: ["serial_number"],
    message: "Field 'serial_number' or 'credential' must be given, not both",
  })
export type MerchantAssignCardType = z.infer<typeof MerchantAssignCard>
