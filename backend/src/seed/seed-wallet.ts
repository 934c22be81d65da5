import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type WalletModule from "@tessera/nfc-wallet/modules/wallet"
import type { CreateMerchantWorkflowInput, EnsureWalletTopUpProductWorkflowInput } from "@tessera/nfc-wallet/workflows"
import type { EventsService } from "../workflows/utils/events-service"
import { EVENTS_MODULE_KEY } from "../workflows/utils/events-service"
import { DEMO_CUSTOMER, DEMO_EVENT } from "./demo-logins"
import { runWorkflowById } from "./run-workflow"

type WalletService = InstanceType<(typeof WalletModule)["service"]>

/** The demo merchant: charges wristbands at its stand at the demo event. */
export const DEMO_MERCHANT = { email: "merchant@tessera.local", password: "tessera-merchant", phone: "+4915100000001" }

const STAND_NAME = "Tessera Grill"
const WRISTBANDS_IN_STOCK = 50
/** What the demo customer's wristband holds (minor units): €50. */
const DEMO_BALANCE = 5000

/** Fixed 7-byte UIDs (04 = NXP, as on NTAG213 wristbands) so a second run finds the same cards. */
const demoSerial = (index: number) => `04dead${index.toString(16).padStart(8, "0")}`

/**
 * The wallet demo, idempotent: the top-up product in the demo sales channel, the merchant with its
 * login and a stand at the demo event, 50 wristbands in stock for that event, and one more assigned to
 * the demo customer, whose EUR wallet holds a balance (posted once under a fixed idempotency key).
 */
export async function seedWallet(container: MedusaContainer, { salesChannelId }: { salesChannelId: string }) {
  const topUp: EnsureWalletTopUpProductWorkflowInput = { sales_channel_id: salesChannelId, currency_codes: ["eur"] }
  await runWorkflowById(container, "ensure-wallet-top-up-product", topUp)

  const wallet = container.resolve<WalletService>("wallet")
  const [event] = await container.resolve<EventsService>(EVENTS_MODULE_KEY).listEvents({ handle: DEMO_EVENT.handle })
  if (!event) throw new Error(`demo event ${DEMO_EVENT.handle} is missing`)

  const [merchant] = await wallet.listMerchants({ email: DEMO_MERCHANT.email })
  if (!merchant) {
    const input: CreateMerchantWorkflowInput = {
      name: "Tessera Grill & Drinks",
      ...DEMO_MERCHANT,
      stands: [{ name: STAND_NAME, event_id: event.id, currency_code: "eur" }],
    }
    await runWorkflowById(container, "create-merchant", input)
  }

  await wallet.importCards(
    Array.from({ length: WRISTBANDS_IN_STOCK + 1 }, (_, i) => ({ serial_number: demoSerial(i), kind: "wristband" as const, event_id: event.id }))
  )

  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ email: DEMO_CUSTOMER.email, has_account: true })
  if (!customer) throw new Error("the demo customer is missing")
  const [card] = await wallet.listCards({ serial_number: demoSerial(0) })
  if (card.status === "in_stock") await wallet.assignCard(card.id, customer.id)
  const customerWallet = await wallet.ensureWallet(customer.id, "eur")
  await wallet.creditFromFloat({
    wallet_id: customerWallet.id,
    amount: DEMO_BALANCE,
    kind: "top_up",
    idempotency_key: "demo-seed:top-up",
    description: "Demo balance",
  })
}
