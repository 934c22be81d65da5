import Medusa from "@medusajs/js-sdk"

/** Admin-session client; the dashboard serves the admin from the backend's origin. */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  auth: { type: "session" },
})
