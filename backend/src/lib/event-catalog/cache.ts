import { randomUUID } from "node:crypto"
import type { ICachingModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** The two things cached, cleared independently: stock moves with every sale, the rest rarely changes. */
export type CacheTag = "catalog" | "stock"

/**
 * Where cached values live. Every value carries its own `computed_at`; readers refuse a value older than its TTL,
 * whatever the backend's own expiry does, so the staleness bound holds on every backend.
 */
export interface CacheBackend {
  readonly kind: "caching-module" | "in-process"
  get<T extends object>(key: string): Promise<T | null>
  set(key: string, value: object, ttlMs: number, tag: CacheTag): Promise<void>
  clear(tag: CacheTag): Promise<void>
  /** Changes whenever `tag` is cleared: a computation that began under another stamp must not be stored. */
  stamp(tag: CacheTag): Promise<string>
}

const SWEEP_ABOVE = 5_000

/**
 * Process memory. The whole cache when no caching module is loaded (one instance without Redis, whose local event
 * bus runs the invalidation subscriber in this same process); otherwise the per-process copy in front of it.
 */
export class InProcessBackend implements CacheBackend {
  readonly kind = "in-process" as const
  private entries = new Map<string, { value: object; expiresAt: number; tag: CacheTag }>()
  private stamps: Record<CacheTag, number> = { catalog: 0, stock: 0 }

  constructor(private now: () => number = Date.now) {}

  async get<T extends object>(key: string): Promise<T | null> {
    const entry = this.entries.get(key)
    if (!entry) return null
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key)
      return null
    }
    return entry.value as T
  }

  async set(key: string, value: object, ttlMs: number, tag: CacheTag) {
    const now = this.now()
    if (this.entries.size >= SWEEP_ABOVE) {
      for (const [k, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(k)
      // still full of live entries (a crawler walking every filter): start over rather than grow without bound
      if (this.entries.size >= SWEEP_ABOVE) this.entries.clear()
    }
    this.entries.set(key, { value, expiresAt: now + ttlMs, tag })
  }

  async clear(tag: CacheTag) {
    this.stamps[tag] += 1
    for (const [key, entry] of this.entries) if (entry.tag === tag) this.entries.delete(key)
  }

  async stamp(tag: CacheTag) {
    return String(this.stamps[tag])
  }
}

const PREFIX = "tessera:event-catalog:"
const cacheTag = (tag: CacheTag) => `TesseraEventCatalog:${tag}`
const STAMP_TTL_S = 24 * 3600

/**
 * Medusa's caching module (Redis with REDIS_URL): shared by every instance, so an invalidation made by whichever
 * process ran the subscriber (a worker, say) reaches every server within LOCAL_REFRESH_MS. Entries opt out of
 * Medusa's automatic invalidation; only our subscriber clears them, by tag.
 */
export class CachingModuleBackend implements CacheBackend {
  readonly kind = "caching-module" as const

  constructor(private caching: ICachingModuleService) {}

  async get<T extends object>(key: string): Promise<T | null> {
    return ((await this.caching.get({ key: PREFIX + key })) as T | null) ?? null
  }

  async set(key: string, value: object, ttlMs: number, tag: CacheTag) {
    await this.caching.set({
      key: PREFIX + key,
      data: value,
      ttl: Math.max(1, Math.ceil(ttlMs / 1000)),
      tags: [cacheTag(tag)],
      options: { autoInvalidate: false },
    })
  }

  async clear(tag: CacheTag) {
    // the stamp first: a computation finishing in between sees it changed and does not store
    await this.caching.set({
      key: `${PREFIX}stamp:${tag}`,
      data: { stamp: randomUUID() },
      ttl: STAMP_TTL_S,
      tags: [`TesseraEventCatalogStamp:${tag}`],
      options: { autoInvalidate: false },
    })
    await this.caching.clear({ tags: [cacheTag(tag)] })
  }

  async stamp(tag: CacheTag) {
    const value = (await this.caching.get({ key: `${PREFIX}stamp:${tag}` })) as { stamp?: string } | null
    return value?.stamp ?? "none"
  }
}

type Stamped = { computed_at: number }

/**
 * How long a process reuses a value it read from the shared cache before asking it again. Bounds how late an
 * invalidation made by another process (a worker running the subscriber) shows here; the TTLs bound the rest.
 */
export const LOCAL_REFRESH_MS = 250

/**
 * Read-through over a process-local map and, when there is one, a shared backend (Medusa's caching module).
 * A fresh value is returned as is; a miss is computed once per process however many requests ask at the same
 * time, and stored only when no invalidation happened while it was being computed.
 */
export class ReadThroughCache {
  private inflight = new Map<string, { tag: CacheTag; promise: Promise<Stamped> }>()
  private local: InProcessBackend

  constructor(readonly shared: CacheBackend | null, private now: () => number = Date.now) {
    this.local = new InProcessBackend(now)
  }

  async read<T extends Stamped>(tag: CacheTag, key: string, ttlMs: number, compute: (startedAt: number) => Promise<T>): Promise<T> {
    const fresh = (value: T | null): value is T => !!value && this.now() - value.computed_at < ttlMs
    const near = await this.local.get<T>(key)
    if (fresh(near)) return near
    const pending = this.inflight.get(key)
    if (pending) return pending.promise as Promise<T>
    const promise = (async () => {
      const localStamp = await this.local.stamp(tag)
      const keepLocally = async (value: T) => {
        const keepFor = Math.min(ttlMs - (this.now() - value.computed_at), this.shared ? LOCAL_REFRESH_MS : ttlMs)
        if (keepFor > 0 && (await this.local.stamp(tag)) === localStamp) await this.local.set(key, value, keepFor, tag)
        return value
      }
      if (this.shared) {
        const far = await this.shared.get<T>(key)
        if (fresh(far)) return keepLocally(far)
      }
      const sharedStamp = await this.shared?.stamp(tag)
      const value = await compute(this.now())
      if (this.shared && (await this.shared.stamp(tag)) === sharedStamp) await this.shared.set(key, value, ttlMs, tag)
      return keepLocally(value)
    })()
    const entry = { tag, promise }
    this.inflight.set(key, entry)
    const forget = () => {
      if (this.inflight.get(key) === entry) this.inflight.delete(key)
    }
    promise.then(forget, forget)
    return promise
  }

  /** Clears a tag; requests arriving from now on never join a computation that began before. */
  async invalidate(tag: CacheTag) {
    for (const [key, entry] of this.inflight) if (entry.tag === tag) this.inflight.delete(key)
    await this.local.clear(tag)
    await this.shared?.clear(tag)
  }
}

let shared: ReadThroughCache | undefined

/** The process's cache: Medusa's caching module when it is registered (feature flag `caching`, Redis), else memory. */
export function eventCatalogCache(container: MedusaContainer): ReadThroughCache {
  if (!shared) {
    // Medusa registers every known module key; one that is not loaded resolves to undefined
    const caching = container.resolve<ICachingModuleService | undefined>(Modules.CACHING, { allowUnregistered: true })
    shared = new ReadThroughCache(caching ? new CachingModuleBackend(caching) : null)
  }
  return shared
}

/** Tests: forget the process's cache (a new app boots with a new container). */
export function resetEventCatalogCache() {
  shared = undefined
}
