import { createSecretKey } from "node:crypto"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { requestLogger } from "@tessera/backend/lib/request-logger"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const env = process.env
const redisUrl = env.REDIS_URL || undefined
const stripeKey = env.STRIPE_API_KEY || undefined
const pwaOrigins = env.PWA_CORS ?? "http://localhost:9001,http://127.0.0.1:9001,http://localhost:5173"
const cors = (extra: string | undefined) => [extra, pwaOrigins].filter(Boolean).join(",")
// In production Medusa marks the admin session cookie Secure, which a browser never receives over
// plain http: the zero-setup start (http://localhost) would log the admin out on every reload.
const plainHttp = env.MEDUSA_BACKEND_URL?.startsWith("http://")
// jsonwebtoken turns a string secret into a key on every verify, first trying to parse it as a PEM
// public key and catching the failure: 9 % of a gate scan's CPU. Verifying with one key object (the
// same HS256 secret) skips that; signing keeps the string.
const jwtVerification = env.JWT_SECRET
  ? {
      // Medusa types the public key as a string; jsonwebtoken takes a KeyObject there too
      jwtPublicKey: createSecretKey(Buffer.from(env.JWT_SECRET)) as unknown as string,
      // Medusa insists on naming the algorithm once a public key is given; HS256 is what it signs with anyway
      jwtOptions: { algorithm: "HS256" as const },
      jwtVerifyOptions: { algorithms: ["HS256" as const] },
    }
  : {}

/**
 * Redis is a switch, not a requirement: with REDIS_URL every piece that must be
 * shared between instances (events, workflows, locks, cache) moves to Redis; without
 * it Medusa's in-process modules serve a single instance.
 */
const redisModules = redisUrl
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
      { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } },
          ],
        },
      },
      {
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } },
          ],
        },
      },
    ]
  : [
      // One instance without Redis still caches: Medusa's publishable-key check (a query.graph on every
      // /store request) otherwise caps every store route at ~270 req/s on two cores. Invalidation rides the
      // local event bus, which is exact for a single process.
      { resolve: "@medusajs/medusa/caching", options: { in_memory: { enable: true } } },
    ]

const paymentModules = stripeKey
  ? [
      {
        resolve: "@medusajs/medusa/payment",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/payment-stripe",
              id: "stripe",
              options: { apiKey: stripeKey, webhookSecret: env.STRIPE_WEBHOOK_SECRET, capture: true },
            },
          ],
        },
      },
    ]
  : []

/**
 * Medusa's default local file provider names every file http://localhost:9000/static/…, whatever PORT and HOST
 * say; photos (attendee and incident) must open on the phones and admin screens that show them.
 */
const fileModule = {
  resolve: "@medusajs/medusa/file",
  options: {
    providers: [
      {
        resolve: "@medusajs/medusa/file-local",
        id: "local",
        options: { backend_url: `${env.MEDUSA_BACKEND_URL || `http://localhost:${env.PORT || 9000}`}/static` },
      },
    ],
  },
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl,
    workerMode: env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server" | undefined,
    http: {
      storeCors: cors(env.STORE_CORS),
      adminCors: env.ADMIN_CORS ?? "http://localhost:9000,http://localhost:7001",
      authCors: cors(env.AUTH_CORS),
      jwtSecret: env.JWT_SECRET,
      ...jwtVerification,
      cookieSecret: env.COOKIE_SECRET,
    },
    ...(plainHttp ? { cookieOptions: { secure: false } } : {}),
  },
  admin: {
    disable: env.DISABLE_MEDUSA_ADMIN === "true",
    backendUrl: env.MEDUSA_BACKEND_URL,
  },
  featureFlags: { caching: true },
  logger: requestLogger,
  plugins: [
    { resolve: "@tessera/credentials", options: { keySecret: env.TESSERA_KEY_SECRET } },
    { resolve: "@tessera/events", options: {} },
    { resolve: "@tessera/nfc-wallet", options: {} },
    { resolve: "@tessera/checkin", options: {} },
    // after the domain plugins: its links name their modules
    { resolve: "@tessera/backend", options: {} },
    { resolve: "@tessera/admin-extensions", options: {} },
  ],
  modules: [
    ...redisModules,
    ...paymentModules,
    fileModule,
    // Medusa's emailpass, plus one-time codes by mobile number (merchants log in at /auth/merchant/otp)
    {
      resolve: "@medusajs/medusa/auth",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/auth-emailpass", id: "emailpass" },
          { resolve: "@tessera/nfc-wallet/providers/otp", id: "otp" },
        ],
      },
    },
  ],
})

