/** A caller waited longer than the bulkhead allows; it never ran. */
export class BulkheadTimeout extends Error {
  constructor(readonly waitedMs: number) {
    super(`waited ${waitedMs} ms for a free slot`)
  }
}

type Waiter = { grant: (release: () => void) => void; timer: NodeJS.Timeout }

/**
 * At most `size` holders at once; the rest wait in arrival order, each at most `maxWaitMs`.
 * Holders must call the release they were given exactly once (later calls do nothing).
 */
export class Bulkhead {
  private active = 0
  private readonly queue: Waiter[] = []

  constructor(readonly size: number, readonly maxWaitMs: number) {}

  get running() {
    return this.active
  }

  get waiting() {
    return this.queue.length
  }

  acquire(): Promise<() => void> {
    if (this.active < this.size) {
      this.active++
      return Promise.resolve(this.releaser())
    }
    const since = Date.now()
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        grant: resolve,
        timer: setTimeout(() => {
          this.queue.splice(this.queue.indexOf(waiter), 1)
          reject(new BulkheadTimeout(Date.now() - since))
        }, this.maxWaitMs),
      }
      this.queue.push(waiter)
    })
  }

  private releaser() {
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.queue.shift()
      if (!next) {
        this.active--
        return
      }
      clearTimeout(next.timer)
      next.grant(this.releaser()) // the slot passes straight on: no newcomer can overtake the queue
    }
  }
}
