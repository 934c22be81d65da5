import { z } from "@medusajs/framework/zod"

/** QR text (`TS1:…`) or the base64url bytes a tag carries. */
export const AdminVerifyCredential = z.object({ credential: z.string().trim().min(1).max(4096) }).strict()
export type AdminVerifyCredentialType = z.infer<typeof AdminVerifyCredential>
