import type { ReactiveControllerHost } from "lit";
import { bytesToBase64Url, type CredentialKind } from "@tessera/credentials/codec";
import { ActorApiError } from "../core/api/actor-client.js";
import { isOnline } from "../core/offline/connectivity.js";
import { OfflineQueueController } from "../core/offline/offline-queue-controller.js";
import type { AdmissionState, EventSnapshot, LastSync, LocalScan, ScanAnswer, ScanRequest, SyncState } from "../core/offline/gate-db.js";
import type { ScanSyncMessage } from "../core/offline/scan-sync.js";
import type { CredentialRead } from "../core/nfc/index.js";
import { adjudicateOffline } from "./adjudicate.js";
import { credentialKind } from "./credential-kind.js";
import {
  admissionAfter,
  countScansIn,
  downloadSnapshot,
  lastSync,
  offlineGate,
  readAdmission,
  readSnapshot,
  recentScans,
  recordScan,
  scansIn,
  type SnapshotProgress,
} from "./gate-store.js";
import { queueScans, replayQueuedScans, scanSync } from "./scan-queue.js";
import { deviceId, markExpired, usherApi, type GatePost } from "./usher-session.js";

/** What the gate shows after a scan: the answer, who judged it, and how long the verdict took. */
export interface ShownVerdict {
  answer: ScanAnswer;
  judged_by: "server" | "device";
  /** From the read to the verdict, in ms. */
  ms: number;
  /** What was read, a ticket or a wristband (unverified; for the verdict's words). */
  kind?: CredentialKind;
}

/**
 * The gate at one post (event, gate, direction): turns reads into verdicts, online through POST /usher/scans, or
 * on the device from the snapshot when the backend does not answer (then the scan is stored as pending and
 * handed to the background-sync queue). Keeps the snapshot current, replays the queue when the network comes
 * back, and exposes queue size, last sync, replay progress and conflicts to its host.
 */
export class GateController {
  verdict?: ShownVerdict;
  snapshot?: EventSnapshot;
  download?: SnapshotProgress;
  downloadError?: unknown;
  queued = 0;
  conflicts: LocalScan[] = [];
  recent: LocalScan[] = [];
  last?: LastSync;

  private judging: Promise<void> = Promise.resolve();
  /** The kind of credential being judged (reads are judged one at a time). */
  private reading?: CredentialKind;
  private readonly queue: OfflineQueueController<ScanSyncMessage>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly post: GatePost,
  ) {
    this.queue = new OfflineQueueController(host, {
      sync: scanSync,
      expired: markExpired,
      load: async () => {
        this.snapshot = await readSnapshot(this.post.event_id);
      },
      replay: () => replayQueuedScans(this.post.event_id, usherApi().scanUrl()),
      refreshCounts: () => this.refreshCounts(),
      refreshSnapshot: () => this.refreshSnapshot(),
    });
  }

  /** The latest replay report. */
  get sync(): ScanSyncMessage | undefined {
    return this.queue.sync;
  }

  /** One read, judged after the previous one (so two quick taps see each other's admission). */
  handleRead(read: CredentialRead): Promise<void> {
    this.judging = this.judging.then(() => this.judge(read)).catch((error: unknown) => console.error("scan failed", error));
    return this.judging;
  }

  /** Downloads the snapshot (full when older than 24 h, else the delta). */
  async refreshSnapshot(): Promise<void> {
    this.downloadError = undefined;
    try {
      this.snapshot = await downloadSnapshot(usherApi(), this.post.event_id, (progress) => {
        this.download = progress;
        this.host.requestUpdate();
      });
    } catch (error) {
      this.downloadError = error;
      if (error instanceof ActorApiError && error.status === 401) markExpired();
    }
    this.host.requestUpdate();
  }

  /** Sends the queue now (also used after a new sign-in). */
  replay(): Promise<void> {
    return this.queue.replay();
  }

  private async refreshCounts(): Promise<void> {
    const eventId = this.post.event_id;
    [this.queued, this.conflicts, this.recent, this.last] = await Promise.all([
      countScansIn(eventId, "pending"),
      scansIn(eventId, "conflict"),
      recentScans(eventId, 5),
      lastSync(),
    ]);
    this.host.requestUpdate();
  }

  private async judge(read: CredentialRead): Promise<void> {
    this.reading = credentialKind(read.credential);
    const request: ScanRequest = {
      id: crypto.randomUUID(),
      event_id: this.post.event_id,
      gate_id: this.post.gate_id ?? null,
      direction: this.post.direction,
      credential: read.credential ? bytesToBase64Url(read.credential) : "",
      serial_number: read.serial_number ?? null,
      scanned_at: new Date().toISOString(),
      device_id: deviceId(),
    };
    if (isOnline() && request.credential) {
      try {
        return await this.judgeOnline(request, read.at);
      } catch (error) {
        if (error instanceof ActorApiError && error.status === 401) markExpired();
        else if (error instanceof ActorApiError) return this.show({ id: request.id, outcome: "rejected", reason: error.message }, "server", read.at);
        // no answer, or a token to renew: the device judges, the queue keeps the scan
      }
    }
    await this.judgeOnDevice(request, read);
  }

  private async judgeOnline(request: ScanRequest, readAt: number): Promise<void> {
    const answer = await usherApi().scan(request);
    this.show(answer, "server", readAt);
    const gate = this.snapshot ? offlineGate(this.snapshot, request.gate_id ?? undefined).gate : undefined;
    const ticketId = answer.attendee?.ticket_id;
    const before = gate && ticketId ? await readAdmission(gate.list_id, ticketId) : undefined;
    const admission = admissionAfter(gate?.list_id, request.event_id, ticketId, answer, before?.entries ?? 0);
    await this.store(request, answer, "online", admission, answer);
  }

  private async judgeOnDevice(request: ScanRequest, read: CredentialRead): Promise<void> {
    if (!request.credential) {
      this.show({ id: request.id, outcome: "rejected", reason: "not_found" }, "device", read.at);
      return;
    }
    if (!this.snapshot) {
      // nothing to judge with: the server decides once the scan is sent
      this.show({ id: request.id, outcome: "rejected", reason: "no_snapshot" }, "device", read.at);
      await this.store(request, { id: request.id, outcome: "rejected", reason: "no_snapshot" }, "pending");
      await queueScans(usherApi().scanUrl(), [request]);
      return;
    }
    const { answer, admission } = await adjudicateOffline(offlineGate(this.snapshot, request.gate_id ?? undefined), {
      id: request.id,
      direction: request.direction,
      credential: read.credential,
      serial_number: read.serial_number,
      at: new Date(request.scanned_at),
    });
    this.show(answer, "device", read.at);
    if (answer.reason === "already_admitted") return this.store(request, answer, "device");
    await this.store(request, answer, "pending", admission);
    await queueScans(usherApi().scanUrl(), [request]);
  }

  private show(answer: ScanAnswer, judgedBy: ShownVerdict["judged_by"], readAt: number): void {
    this.verdict = { answer, judged_by: judgedBy, ms: performance.now() - readAt, kind: this.reading };
    this.host.requestUpdate();
  }

  private async store(request: ScanRequest, verdict: ScanAnswer, sync: SyncState, admission?: AdmissionState, server?: ScanAnswer): Promise<void> {
    await recordScan({ request, event_id: request.event_id, verdict, server, sync, at: Date.now() }, admission);
    await this.refreshCounts();
  }
}
