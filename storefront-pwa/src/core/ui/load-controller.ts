import type { ReactiveController, ReactiveControllerHost } from "lit";

/** Loads data for its host when connected; aborts on disconnect and on each re-run. (@lit/task is not installed.) */
export type Loader<T> = (signal: AbortSignal) => Promise<T>;

export interface LoadRenderers<T, R> {
  pending: () => R;
  complete: (value: T) => R;
  error: (error: unknown) => R;
}

type LoadState<T> =
  | { readonly status: "pending" }
  | { readonly status: "complete"; readonly value: T }
  | { readonly status: "error"; readonly error: unknown };

export class LoadController<T> implements ReactiveController {
  private state: LoadState<T> = { status: "pending" };
  private abortController?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly loader: Loader<T>,
  ) {
    host.addController(this);
  }

  get status(): LoadState<T>["status"] {
    return this.state.status;
  }

  /** The loaded value, or undefined while pending or after an error. */
  get value(): T | undefined {
    return this.state.status === "complete" ? this.state.value : undefined;
  }

  hostConnected(): void {
    this.run();
  }

  hostDisconnected(): void {
    this.abortController?.abort();
  }

  /** (Re)starts loading; an earlier run still in flight is aborted and its result ignored. */
  run(): void {
    this.abortController?.abort();
    const abortController = new AbortController();
    this.abortController = abortController;
    const { signal } = abortController;
    this.setState({ status: "pending" });
    this.loader(signal).then(
      (value) => signal.aborted || this.setState({ status: "complete", value }),
      (error: unknown) => signal.aborted || this.setState({ status: "error", error }),
    );
  }

  render<R>(renderers: LoadRenderers<T, R>): R {
    switch (this.state.status) {
      case "pending":
        return renderers.pending();
      case "complete":
        return renderers.complete(this.state.value);
      case "error":
        return renderers.error(this.state.error);
    }
  }

  private setState(state: LoadState<T>): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
