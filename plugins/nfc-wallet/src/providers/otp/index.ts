import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { OtpAuthProviderService } from "./service"

/** Registered in the auth module's providers as `{ resolve: "@tessera/nfc-wallet/providers/otp", id: "otp" }`. */
export default ModuleProvider(Modules.AUTH, { services: [OtpAuthProviderService] })
