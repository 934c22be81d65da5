/** Demo logins; public by design. Later plugins add their actors here. */
export const DEMO_ADMIN = { email: "admin@tessera.local", password: "tessera-admin" }

export const DEMO_STORE = {
  salesChannel: "Tessera PWA",
  publishableKeyTitle: "Tessera PWA",
  stockLocation: "Tessera venue store",
  region: { name: "Europe", currency_code: "eur", countries: ["de", "fr", "nl", "be", "at", "es", "it"] },
}

/** The demo customer: shops in the PWA and already holds one GA ticket for the demo event. */
export const DEMO_CUSTOMER = { email: "customer@tessera.local", password: "tessera-customer", phone: "+4915100000002" }

/** The demo organizer: runs the demo event and logs in to the organizer portal (`/auth/organizer/emailpass`). */
export const DEMO_ORGANIZER = { email: "presents@tessera.local", password: "tessera-organizer" }

/** The demo event and who runs it. */
export const DEMO_EVENT = {
  organizer: { name: "Tessera Presents", email: DEMO_ORGANIZER.email },
  venue: { name: "Tessera Arena", address_1: "Messeplatz 1", city: "Berlin", country_code: "de", capacity: 5000 },
  title: "Tessera Live",
  handle: "tessera-live",
  timezone: "Europe/Berlin",
  ticketTypes: [
    { name: "GA", tier: "general", price: 45, capacity: 3000 },
    { name: "VIP", tier: "vip", price: 120, capacity: 300 },
    { name: "Child", tier: "child", price: 20, capacity: 500, allows_dependents: true },
  ],
}
