import type { IWorkflowEngineService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type CredentialModule from "@tessera/credentials/modules/credential"
import type WalletModule from "@tessera/nfc-wallet/modules/wallet"
import { ticketStore } from "./ticket-fixtures"
import { bearerToken } from "./fixtures"

export type WalletService = InstanceType<(typeof WalletModule)["service"]>
type CredentialService = InstanceType<(typeof CredentialModule)["service"]>

const rand = () => Math.random().toString(36).slice(2, 10)
/** A 7-byte NFC UID in the lowercase hex the codec produces. */
export const randomSerial = () => Array.from({ length: 7 }, () => Math.floor(Math.random() * 256).toString(16).padStart(2, "0")).join("")

export const walletService = (container: MedusaContainer) => container.resolve<WalletService>("wallet")

/** A bearer token for a merchant, made directly (no login round trip, no auth rate limit). */
export function merchantToken(container: MedusaContainer, merchantId: string) {
  const token = bearerToken(container, "merchant", merchantId, `authid_${rand()}`)
  return { headers: { authorization: `Bearer ${token}` } }
}

/** A merchant with one stand (made by the plugin's create-merchant workflow, run by id) and its headers. */
export async function aMerchant(container: MedusaContainer, { event_id = null as string | null, currency_code = "eur" } = {}) {
  const engine = container.resolve<IWorkflowEngineService>(Modules.WORKFLOW_ENGINE)
  const input = {
    name: `Bratwurst ${rand()}`,
    email: `merchant-${rand()}@tessera.test`,
    password: "merchant-pass-1",
    stands: [{ name: "Grill", event_id, currency_code }],
  }
  const { result } = (await engine.run("create-merchant", { input, throwOnError: true })) as {
    result: { merchant: { id: string }; stands: { id: string }[] }
  }
  return { ...input, merchant: result.merchant, stand: result.stands[0], ...merchantToken(container, result.merchant.id) }
}

/**
 * A customer holding an active wristband and a EUR wallet topped up with `balance` minor units from
 * the platform float; the wristband's signed credential is what a stand reads from the tag.
 */
export async function aCardholder(container: MedusaContainer, { balance = 10_000, event_id = null as string | null } = {}) {
  const wallet = walletService(container)
  const customer = await container.resolve(Modules.CUSTOMER).createCustomers({ email: `holder-${rand()}@tessera.test`, first_name: "Ada" })
  const serial = randomSerial()
  await wallet.importCards([{ serial_number: serial, kind: "wristband", event_id }])
  const [inStock] = await wallet.listCards({ serial_number: serial })
  await wallet.assignCard(inStock.id, customer.id)
  const [card] = await wallet.listCards({ id: inStock.id })
  const holderWallet = await wallet.ensureWallet(customer.id, "eur")
  if (balance) {
    await wallet.creditFromFloat({
      wallet_id: holderWallet.id,
      amount: balance,
      kind: "top_up",
      idempotency_key: `fixture-topup-${holderWallet.id}`,
      description: "Top-up",
    })
  }
  return { customer, card, wallet: holderWallet, credential: await credentialOf(container, card) }
}

/** The card's credential at a given version (base64url, as read from the tag). */
export async function credentialOf(
  container: MedusaContainer,
  card: { id: string; version: number; serial_number: string; event_id?: string | null }
) {
  const issued = await container.resolve<CredentialService>("credential").issueCredential({
    kind: "card",
    id: card.id,
    version: card.version,
    serial_number: card.serial_number,
    ...(card.event_id ? { event_id: card.event_id } : {}),
  })
  return issued.credential
}

/** What `auditLedger()` answers for a healthy ledger. */
export const HEALTHY = { unbalanced_accounts: [], unbalanced_transactions: [] }

/** Everything the ledger's invariants say, plus how many transactions exist: for "nothing moved" checks. */
export async function ledgerState(container: MedusaContainer, walletId: string) {
  const wallet = walletService(container)
  const [audit, balance, transactions] = await Promise.all([
    wallet.auditLedger(),
    wallet.walletBalance(walletId),
    wallet.listLedgerTransactions({}, { select: ["id"] }),
  ])
  return { audit, balance, transactions: transactions.length }
}

/** A customer with an account and store headers for it (bearer made directly, no login round trip). */
export async function aCustomer(container: MedusaContainer, storeHeaders: Record<string, string>) {
  const customer = await container.resolve(Modules.CUSTOMER).createCustomers({ email: `buyer-${rand()}@tessera.test`, first_name: "Grace", has_account: true })
  const token = bearerToken(container, "customer", customer.id, `authid_${rand()}`)
  return { customer, headers: { ...storeHeaders, authorization: `Bearer ${token}` } }
}

/**
 * A EUR store that also sells wallet top-ups: the ticket store (sales channel with its publishable key,
 * a region paid with the system provider) plus the top-up product, made by the plugin's workflow (run by id).
 */
export async function topUpStore(container: MedusaContainer) {
  const store = await ticketStore(container)
  const engine = container.resolve<IWorkflowEngineService>(Modules.WORKFLOW_ENGINE)
  const { result } = (await engine.run("ensure-wallet-top-up-product", {
    input: { sales_channel_id: store.salesChannel.id, currency_codes: ["eur"] },
    throwOnError: true,
  })) as { result: { variant_id: string } }
  return { ...store, topUpVariantId: result.variant_id }
}

type Response = { status: number; data: any; headers: Record<string, string> } // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies are asserted field by field
/** The test runner's HTTP client, as the wallet specs use it. */
export type Api = {
  get: (url: string, config?: Record<string, unknown>) => Promise<Response>
  post: (url: string, body?: unknown, config?: Record<string, unknown>) => Promise<Response>
}

/** The error response of a request that must be refused (fails the test when it succeeds). */
export const refused = (request: Promise<unknown>): Promise<Response> =>
  request.then(() => Promise.reject(new Error("expected a 4xx")), (e) => e.response as Response)
