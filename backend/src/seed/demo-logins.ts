/** Demo logins; public by design. Later plugins add their actors here. */
export const DEMO_ADMIN = { email: "admin@tessera.local", password: "tessera-admin" }

export const DEMO_STORE = {
  salesChannel: "Tessera PWA",
  publishableKeyTitle: "Tessera PWA",
  stockLocation: "Tessera venue store",
  region: { name: "Europe", currency_code: "eur", countries: ["de", "fr", "nl", "be", "at", "es", "it"] },
}
