import { join } from "node:path"
import type { IWorkflowEngineService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import jwt from "jsonwebtoken"
import type { Page } from "playwright-core"
import { describeInBrowser } from "../../../storefront-pwa/e2e/chromium"
import { pwaHarness } from "../../../storefront-pwa/e2e/pwa-harness"
import { reservePwaOrigin } from "../../../storefront-pwa/e2e/pwa-origin"
import type { EventsService } from "../../src/workflows/utils/events-service"
import { buyTickets, shopper, type Api } from "../utils/customer-fixtures"
import { ticketStore } from "../utils/ticket-fixtures"
import { aCardholder, walletService } from "../utils/wallet-fixtures"

/** Where @medusajs/js-sdk keeps the customer's JWT (its default key, local storage). */
const SDK_TOKEN_KEY = "medusa_auth_token"

const pwaPort = reservePwaOrigin()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof ticketStore>>
    const pwa = pwaHarness({
      area: "pwa-customer-extras",
      port: pwaPort,
      backendUrl: () => String(api.defaults.baseURL),
      prepare: async () => {
        store = await ticketStore(getContainer())
        return store.publishableKey
      },
    })
    const events = () => getContainer().resolve<EventsService>("events")

    /** A browser context signed in as the customer: the SDK finds its token where it keeps it (login is tested elsewhere). */
    async function signedInPage(headers: Record<string, string>): Promise<{ page: Page; errors: string[] }> {
      const token = headers.authorization.replace(/^Bearer /, "")
      const { page, errors } = await pwa.openPage({
        viewport: { width: 1000, height: 900 },
        nfc: false,
        beforePage: (context) =>
          context.addInitScript(
            ([key, value]) => localStorage.getItem(key) ?? localStorage.setItem(key, value),
            [SDK_TOKEN_KEY, token] as const
          ),
      })
      return { page, errors }
    }

    describeInBrowser("PWA customer extras", () => {
      it("should favorite an event, add a dependent, transfer a ticket that a second customer accepts, and show a refund request as pending", async () => {
        const http = api as unknown as Api
        await events().updateTicketTypes({ id: store.ticketType.id, allows_dependents: true, max_dependents: 1 })
        const ada = await shopper(getContainer(), store, { email: `ada-${Date.now()}@tessera.test` })
        const bob = await shopper(getContainer(), store, { email: `bob-${Date.now()}@tessera.test`, first_name: "Bob" })
        const { tickets: [given, kept, linked] } = await buyTickets(http, getContainer(), store, ada, 3)

        const { page, errors } = await signedInPage(ada.headers)

        // favorite, by keyboard: the heart follows the card's title in the tab order; then the favorites list
        await page.goto(pwa.url)
        const heart = page.getByRole("button", { name: `Favorite ${store.event.title}` })
        await expect.poll(() => heart.getAttribute("aria-pressed")).toBe("false")
        await page.getByRole("link", { name: store.event.title }).focus()
        await page.keyboard.press("Tab")
        await page.keyboard.press("Space")
        await expect.poll(() => heart.getAttribute("aria-pressed")).toBe("true")
        await navLink(page, "Favorites").click()
        await page.getByRole("list", { name: "Favorite events" }).getByRole("link", { name: store.event.title }).waitFor()
        const { data: favorites } = await http.get("/store/customers/me/favorites", ada)
        expect(favorites.favorites.map((favorite: { event_id: string }) => favorite.event_id)).toEqual([store.event.id])
        await page.screenshot({ path: join(pwa.artifacts, "1-favorites.png"), fullPage: true })

        // a dependent: a birth date in the future is refused next to that field and nothing is saved; then added
        await navLink(page, "People with me").click()
        const addForm = page.getByRole("form", { name: "Add a person" })
        await addForm.getByLabel("Name").fill("Lina")
        await addForm.getByLabel("Birth date").fill("2999-01-01")
        await addForm.getByLabel("Relation").selectOption("child")
        await addForm.getByRole("button", { name: "Add person" }).click()
        const birthError = addForm.getByRole("alert")
        await birthError.waitFor()
        expect(await birthError.textContent()).toContain("Must be in the past")
        expect(await addForm.getByLabel("Birth date").getAttribute("aria-invalid")).toBe("true")
        expect((await http.get("/store/customers/me/dependents", ada)).data.count).toBe(0)
        await page.screenshot({ path: join(pwa.artifacts, "2-dependent-field-error.png"), fullPage: true })
        await addForm.getByLabel("Birth date").fill("2019-05-12")
        await addForm.getByRole("button", { name: "Add person" }).click()
        await page.getByRole("list", { name: "People with me" }).getByText("Lina").waitFor()
        const { data: { dependents: [lina] } } = await http.get("/store/customers/me/dependents", ada)
        expect(lina).toMatchObject({ name: "Lina", relation: "child" })

        // my tickets: put Lina on the ticket to give away, then offer it to Bob as a gift
        await navLink(page, "My tickets").click()
        const givenCard = page.getByRole("article", { name: `Ticket ${given.code}` })
        await givenCard.getByRole("button", { name: "Add to ticket" }).click()
        await givenCard.getByText("(1 of 1)").waitFor()
        expect((await http.get(`/store/customers/me/tickets/${given.id}`, ada)).data.ticket.dependents).toEqual([expect.objectContaining({ id: lina.id })])

        await givenCard.getByText("Transfer or give this ticket").click()
        const offer = givenCard.getByRole("form", { name: `Transfer ticket ${given.code}` })
        await offer.getByRole("button", { name: "Send the offer" }).click()
        const toError = offer.getByRole("alert")
        await toError.waitFor()
        expect(await toError.textContent()).toContain("Enter their email or their mobile number")
        expect(await offer.getByLabel("Recipient's email").getAttribute("aria-invalid")).toBe("true")
        expect((await http.get("/store/customers/me/transfers?direction=outgoing", ada)).data.count).toBe(0)

        await offer.getByLabel("a gift").check()
        await offer.getByLabel("Recipient's email").fill(bob.email)
        await offer.getByLabel("Message (optional)").fill("Have fun at the show!")
        await offer.getByRole("button", { name: "Send the offer" }).click()
        await givenCard.getByText(`Gift offered to ${bob.email}`).waitFor()

        // a refund request for the other ticket shows as pending
        const keptCard = page.getByRole("article", { name: `Ticket ${kept.code}` })
        await keptCard.getByText("Ask for a refund").click()
        await keptCard.getByLabel("Why (optional)").fill("I cannot come after all.")
        await keptCard.getByRole("button", { name: "Request a refund" }).click()
        await keptCard.getByText("Refund request: pending").waitFor()
        const { data: { refund_requests } } = await http.get("/store/customers/me/refund-requests", ada)
        expect(refund_requests).toEqual([expect.objectContaining({ ticket_id: kept.id, status: "pending", reason: "I cannot come after all." })])
        // a third ticket offered to a mobile number: whoever opens the link sent there (and signs in) may accept it
        const linkedCard = page.getByRole("article", { name: `Ticket ${linked.code}` })
        await linkedCard.getByText("Transfer or give this ticket").click()
        await linkedCard.getByLabel("or their mobile number").fill("+49 170 1234567")
        await linkedCard.getByRole("button", { name: "Send the offer" }).click()
        await linkedCard.getByText("Transfer offered to +491701234567").waitFor()
        await page.screenshot({ path: join(pwa.artifacts, "3-my-tickets-offer-and-refund.png"), fullPage: true })
        const [sms] = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: "+491701234567" })
        const token = (sms.data as { token: string }).token

        // Bob, in a second browser, sees the gift, accepts it and finds it under his tickets
        const { page: bobPage, errors: bobErrors } = await signedInPage(bob.headers)
        await bobPage.goto(`${pwa.url}/tickets`)
        const offered = bobPage.getByRole("list", { name: "Tickets offered to you" }).getByRole("listitem")
        await offered.getByText("Have fun at the show!").waitFor()
        await bobPage.screenshot({ path: join(pwa.artifacts, "4-offered-to-bob.png"), fullPage: true })
        await offered.getByRole("button", { name: /^Accept/ }).click()
        await bobPage.getByRole("list", { name: "My tickets" }).getByRole("article", { name: `Ticket ${given.code}` }).waitFor()
        expect(await bobPage.getByRole("list", { name: "Tickets offered to you" }).count()).toBe(0)
        // a received ticket can be passed on, but not refunded (the money would go to Ada's payment)
        await bobPage.getByText("Transfer or give this ticket").waitFor()
        expect(await bobPage.getByText("Ask for a refund").count()).toBe(0)
        await bobPage.emulateMedia({ colorScheme: "dark" })
        await bobPage.screenshot({ path: join(pwa.artifacts, "5-bob-my-tickets-dark.png"), fullPage: true })
        const [moved] = await events().listTickets({ id: given.id })
        expect(moved.customer_id).toBe(bob.id)

        // Bob opens the link sent to the mobile number; the token leaves the address bar once used
        await bobPage.goto(`${pwa.url}/transfers/accept?token=${encodeURIComponent(token)}`)
        await bobPage.getByRole("button", { name: "Accept the ticket" }).click()
        await bobPage.waitForURL(`${pwa.url}/tickets`)
        await bobPage.getByRole("article", { name: `Ticket ${linked.code}` }).waitFor()
        expect((await events().listTickets({ id: linked.id }))[0].customer_id).toBe(bob.id)

        // back with Ada: the given ticket is gone, the kept one still shows its pending refund
        await page.reload()
        const adaTickets = page.getByRole("list", { name: "My tickets" }).getByRole("article")
        await page.getByRole("article", { name: `Ticket ${kept.code}` }).getByText("Refund request: pending").waitFor()
        expect(await adaTickets.count()).toBe(1)
        expect([...errors, ...bobErrors]).toEqual([])
      })

      it("should show the wallet, top it up through checkout, save auto-reload and stop a lost wristband", async () => {
        const holder = await aCardholder(getContainer(), { balance: 2_500 })
        const engine = getContainer().resolve<IWorkflowEngineService>(Modules.WORKFLOW_ENGINE)
        await engine.run("ensure-wallet-top-up-product", {
          input: { sales_channel_id: store.salesChannel.id, currency_codes: ["eur"] },
          throwOnError: true,
        })
        const { projectConfig } = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE)
        const token = jwt.sign(
          { actor_id: holder.customer.id, actor_type: "customer", auth_identity_id: "authid_wallet", app_metadata: { customer_id: holder.customer.id } },
          projectConfig.http.jwtSecret as string,
          { expiresIn: "1d" }
        )
        const { page, errors } = await signedInPage({ authorization: `Bearer ${token}` })

        await page.goto(`${pwa.url}/wallet`)
        await page.getByLabel(/^Balance €25\.00$/).waitFor()
        await page.getByRole("table").getByRole("row", { name: /Top-up \+€25\.00 €25\.00/ }).waitFor()

        // top up €20: a line in the cart, paid at checkout like tickets; back on the wallet once it is credited
        await page.getByLabel("Amount (EUR)").fill("20")
        await page.getByRole("button", { name: "Add to cart and pay" }).click()
        await page.waitForURL(`${pwa.url}/cart`)
        await page.getByRole("button", { name: /^Pay/ }).click()
        await page.waitForURL(/\/wallet\?order=order_/)
        await page.getByText("Your top-up is in.").waitFor()
        await page.getByLabel(/^Balance €45\.00$/).waitFor()
        expect(await walletService(getContainer()).walletBalance(holder.wallet.id)).toBe(4_500)

        // auto-reload: a threshold without room under the maximum balance is refused next to that field
        await page.getByLabel("Reload automatically").check()
        await page.getByLabel(/When the balance falls below/).fill("490")
        await page.getByLabel(/^add/).fill("20")
        await page.getByRole("button", { name: "Save" }).click()
        const thresholdError = page.locator("#auto-reload-auto_reload_threshold-error")
        await thresholdError.waitFor()
        expect(await thresholdError.textContent()).toContain("maximum balance")
        await page.getByLabel(/When the balance falls below/).fill("10")
        await page.getByRole("button", { name: "Save" }).click()
        await page.getByText("Saved.").waitFor()
        const [saved] = await walletService(getContainer()).listWallets({ customer_id: holder.customer.id })
        expect(saved).toMatchObject({ auto_reload_threshold: 1_000, auto_reload_amount: 2_000 })

        const name = `Wristband ${holder.card.serial_number.slice(-6).toUpperCase()}`
        page.once("dialog", (dialog) => void dialog.accept())
        await page.getByRole("button", { name: `Report ${name} lost` }).click()
        await page.getByText("reported lost").waitFor()
        const [card] = await walletService(getContainer()).listCards({ id: holder.card.id })
        expect(card.status).toBe("lost")
        await page.screenshot({ path: join(pwa.artifacts, "6-wallet.png"), fullPage: true })
        expect(errors).toEqual([])
      })
    })
  },
})

/** A link of the customer navigation (pages link to each other too). */
const navLink = (page: Page, name: string) => page.getByRole("navigation", { name: "Customer" }).getByRole("link", { name })
