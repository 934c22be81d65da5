import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { Observable } from "../ui/observable.js";
import { isOnline, onConnectivityChange } from "./connectivity.js";
import type { ReplayPhase } from "./queue-replay.js";

/** What one offline queue (the gate's scans, the stand's charges) plugs into OfflineQueueController. */
export interface OfflineQueue<Message extends { phase: ReplayPhase }> {
  /** The replay reports, from the service worker or the page. */
  sync: Observable<Message | undefined>;
  /** The server refused the token while replaying. */
  expired(): void;
  /** Reads the saved snapshot, once at start. */
  load(): Promise<void>;
  /** Sends the queued work now. */
  replay(): Promise<void>;
  /** Re-reads the queue size, recent work and last sync, then re-renders. */
  refreshCounts(): Promise<void>;
  refreshSnapshot(): Promise<void>;
}

/**
 * The wiring around an offline queue: at start and whenever the network comes back, replay the queue and then
 * refresh the snapshot; follow the replay's reports (a refused token marks the sign-in expired).
 */
export class OfflineQueueController<Message extends { phase: ReplayPhase }> implements ReactiveController {
  sync?: Message;

  private unsubscribe: Array<() => void> = [];

  constructor(
    host: ReactiveControllerHost,
    private readonly queue: OfflineQueue<Message>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = [
      onConnectivityChange((online) => {
        if (online) void this.goOnline();
      }),
      this.queue.sync.subscribe((message) => {
        this.sync = message;
        if (message?.phase === "auth") this.queue.expired();
        void this.queue.refreshCounts();
      }),
    ];
    void this.start();
  }

  hostDisconnected(): void {
    this.unsubscribe.forEach((stop) => stop());
    this.unsubscribe = [];
  }

  /** Sends the queue now (also used after a new sign-in). */
  async replay(): Promise<void> {
    await this.queue.replay();
    await this.queue.refreshCounts();
  }

  private async start(): Promise<void> {
    await this.queue.load();
    await this.queue.refreshCounts();
    if (isOnline()) await this.goOnline();
  }

  private async goOnline(): Promise<void> {
    await this.replay();
    await this.queue.refreshSnapshot();
  }
}
