// Medusa's CommonJS loaders require our TypeScript sources (modules, links); Vitest does
// not transform what Node requires on its own, so ts-node does it here.
import { createRequire } from "node:module"
import { loadEnv } from "@medusajs/framework/utils"
import { MetadataStorage } from "@medusajs/framework/mikro-orm/core"

const require = createRequire(import.meta.url)
require("ts-node").register({ transpileOnly: true, swc: true })
require("tsconfig-paths").register()

loadEnv("test", process.cwd())
MetadataStorage.clear()

// Redis outlives a test file: a fresh prefix per file keeps one file's rate-limit windows out of the next
process.env.RATE_LIMIT_PREFIX = `tessera:test:${Date.now()}:${Math.random().toString(36).slice(2)}:`
