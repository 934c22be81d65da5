import type { ReactiveController, ReactiveControllerHost } from "lit";
import { ActorApiError } from "../core/api/actor-client.js";
import { isOnline, onConnectivityChange } from "../core/offline/connectivity.js";
import { SseParser, type ServerSentEvent } from "./sse-parser.js";
import { markExpired, usherApi } from "./usher-session.js";

/** The event's figures as the stream sends them (plugins/checkin CheckinFigures). */
export interface LiveFigures {
  admitted: number;
  inside: number;
  gates: { gate_id: string; admitted: number; exited: number; rejected: number }[];
  conflicts: { open: number; total: number };
}

/** A scan the server turned into a conflict (sent to leads only). */
export interface LiveConflict {
  conflict_id: string;
  gate_id: string | null;
  holder_name: string | null;
  scanned_at: string;
}

/** `paused`: offline or not on screen; `refused`: the server would not stream (sign-in, assignment). */
export type LiveStatus = "connecting" | "live" | "reconnecting" | "paused" | "refused";

const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 30_000;
const KEPT_CONFLICTS = 5;

/**
 * Live figures of one event (admitted, inside now, per gate, new conflicts for leads) from
 * `GET /usher/events/:id/stream`, for as long as its host is connected and the app is online. EventSource
 * cannot send the bearer token, so this reads the server-sent events from a streaming fetch; a dropped stream
 * reconnects after the server's `retry` (doubling on each failure, up to 30 s) with Last-Event-ID, so no
 * scan is missed. Going offline or leaving the screen closes it.
 */
export class LiveFiguresController implements ReactiveController {
  figures?: LiveFigures;
  /** epoch ms of the last figures: what they are worth once the stream is paused. */
  figuresAt?: number;
  /** Conflicts that arrived while the screen was open, newest first. */
  conflicts: LiveConflict[] = [];
  status: LiveStatus = "paused";

  private lastEventId?: string;
  private retryMs = FIRST_RETRY_MS;
  private failures = 0;
  private abort?: AbortController;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private attached = false;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly eventId: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.attached = true;
    this.unsubscribe = onConnectivityChange((online) => (online ? this.open() : this.close()));
    if (isOnline()) this.open();
  }

  hostDisconnected(): void {
    this.attached = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.close();
  }

  dismissConflicts(): void {
    this.conflicts = [];
    this.host.requestUpdate();
  }

  private open(): void {
    if (!this.attached || this.abort) return;
    clearTimeout(this.retryTimer);
    const abort = new AbortController();
    this.abort = abort;
    this.setStatus(this.figures ? "reconnecting" : "connecting");
    void this.read(abort.signal).then((again) => {
      if (this.abort !== abort) return;
      this.abort = undefined;
      if (again && this.attached && isOnline()) {
        const delay = Math.min(MAX_RETRY_MS, this.retryMs * 2 ** this.failures);
        this.retryTimer = setTimeout(() => this.open(), delay);
      }
    });
  }

  private close(): void {
    clearTimeout(this.retryTimer);
    this.abort?.abort();
    this.abort = undefined;
    this.setStatus("paused");
  }

  /** Reads one connection to its end; whether to connect again. */
  private async read(signal: AbortSignal): Promise<boolean> {
    const parser = new SseParser();
    try {
      const body = await usherApi().stream(this.eventId, this.lastEventId, signal);
      const reader = body.getReader();
      const decoder = new TextDecoder();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        parser.push(decoder.decode(value, { stream: true })).forEach((event) => this.receive(event));
        this.lastEventId = parser.lastEventId ?? this.lastEventId;
        this.retryMs = parser.retry ?? this.retryMs;
      }
      // the server ended it (a restart, a proxy's timeout): back in a moment
      this.failures = 0;
      return true;
    } catch (error) {
      if (signal.aborted) return false;
      this.failures += 1;
      if (error instanceof ActorApiError && (error.status === 401 || error.status === 403)) {
        if (error.status === 401) markExpired();
        this.setStatus("refused");
      }
      return true;
    }
  }

  private receive({ event, data }: ServerSentEvent): void {
    if (event === "figures") {
      this.figures = JSON.parse(data) as LiveFigures;
      this.figuresAt = Date.now();
      this.failures = 0;
      this.setStatus("live");
    } else if (event === "conflict") {
      const conflict = JSON.parse(data) as LiveConflict;
      if (this.conflicts.some((known) => known.conflict_id === conflict.conflict_id)) return;
      this.conflicts = [conflict, ...this.conflicts].slice(0, KEPT_CONFLICTS);
      this.host.requestUpdate();
    }
  }

  private setStatus(status: LiveStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}
