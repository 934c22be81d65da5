import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import WalletModule from "@tessera/nfc-wallet/modules/wallet"

/** Read-only: a card stores its holder's customer_id; the link lets query.graph reach the customer. */
export default defineLink(
  { linkable: WalletModule.linkable.walletCard, field: "customer_id", isList: true },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
