import type CredentialModule from "@tessera/credentials/modules/credential"
import type WalletModuleService from "../../modules/wallet/service"

export { WALLET_MODULE } from "../../modules/wallet"
export type { WalletModuleService }

/** The credential kernel's service as the container hands it out (module key `credential`). */
export type CredentialService = InstanceType<(typeof CredentialModule)["service"]>
export const CREDENTIAL_MODULE_KEY = "credential"
