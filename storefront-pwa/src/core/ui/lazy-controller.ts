import type { ReactiveController, ReactiveControllerHost } from "lit";

export interface LazyRenderers<R> {
  pending: () => R;
  complete: () => R;
  error: (error: unknown, retry: () => void) => R;
}

/**
 * Loads code chunks on demand (route pages, role areas) and re-renders its host when one arrives. Call `ensure`
 * from `willUpdate` (render stays free of side effects), then `render` with the same key.
 */
export class LazyController<K> implements ReactiveController {
  private readonly loaded = new Set<K>();
  private readonly loading = new Set<K>();
  private readonly failed = new Map<K, unknown>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  ensure(key: K, load: () => Promise<unknown>): void {
    if (this.loaded.has(key) || this.loading.has(key) || this.failed.has(key)) return;
    this.loading.add(key);
    load().then(
      () => this.loaded.add(key),
      (error: unknown) => this.failed.set(key, error),
    ).finally(() => {
      this.loading.delete(key);
      this.host.requestUpdate();
    });
  }

  render<R>(key: K, renderers: LazyRenderers<R>): R {
    if (this.loaded.has(key)) return renderers.complete();
    if (this.failed.has(key)) {
      return renderers.error(this.failed.get(key), () => {
        this.failed.delete(key);
        this.host.requestUpdate();
      });
    }
    return renderers.pending();
  }
}
