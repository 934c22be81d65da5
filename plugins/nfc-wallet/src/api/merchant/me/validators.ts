import { z } from "@medusajs/framework/zod"

export const MerchantChangePassword = z
  .object({ current_password: z.string().min(1).max(200), new_password: z.string().min(10).max(200) })
  .refine((p) => p.current_password !== p.new_password, { path: ["new_password"], message: "Field 'new_password' must differ from the current one" })
export type MerchantChangePasswordType = z.infer<typeof MerchantChangePassword>
