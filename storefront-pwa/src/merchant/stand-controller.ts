import type { ReactiveControllerHost } from "lit";
import { bytesToBase64Url } from "@tessera/credentials/codec";
import { ActorApiError, isNoAnswer } from "../core/api/actor-client.js";
import type { ChargeSyncMessage } from "../core/offline/charge-sync.js";
import { isOnline } from "../core/offline/connectivity.js";
import { OfflineQueueController } from "../core/offline/offline-queue-controller.js";
import type { ChargeItem, ChargeLastSync, ChargeRequest, LocalCharge, ServerCharge, StandSnapshot } from "../core/offline/stand-db.js";
import type { CredentialRead } from "../core/nfc/index.js";
import { chargeSync, queueCharges, replayQueuedCharges } from "./charge-queue.js";
import { judgeOfflineCharge, type OfflineRefusal } from "./judge-offline-charge.js";
import type { MerchantMe, Stand } from "./merchant-api.js";
import { markExpired, merchantApi } from "./merchant-session.js";
import { countChargesIn, downloadSnapshot, lastChargeSync, offlineStand, readSnapshot, recentCharges, recordCharge } from "./stand-store.js";

/** What the merchant rang up, before a wristband is tapped. Amounts in minor units. */
export interface ChargeDraft {
  amount: number;
  items?: ChargeItem[];
}

/**
 * The answer to a tap. `charged`: the server took it (the receipt has its id and the wallet's new balance).
 * `queued`: accepted on this device offline, waiting to be sent. `refused`: by the server (its message, naming
 * the field) or by the device (a reason from judgeOfflineCharge).
 */
export type ChargeOutcome =
  | { kind: "charged"; charge: ServerCharge; at: number; ms: number }
  | { kind: "queued"; request: ChargeRequest; cap_left: number; at: number; ms: number }
  | { kind: "refused"; by: "server"; message: string; field?: string; at: number; ms: number }
  | { kind: "refused"; by: "device"; reason: OfflineRefusal; cap_left?: number; at: number; ms: number };

/**
 * One stand's till: turns a draft and a tap into a charge, online through `POST /merchant/charges`, or on the
 * device from the snapshot when the backend gives no answer (then the charge is stored as pending and handed to
 * the background-sync queue, under the same idempotency key, so a charge whose answer was lost counts once).
 * Keeps the snapshot current, replays the queue at start and when the network comes back, and exposes queue
 * size, last sync and replay progress to its host.
 */
export class StandController {
  snapshot?: StandSnapshot;
  snapshotError?: unknown;
  downloading = false;
  queued = 0;
  recent: LocalCharge[] = [];
  last?: ChargeLastSync;

  private readonly queue: OfflineQueueController<ChargeSyncMessage>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly me: MerchantMe,
    private readonly stand: Stand,
  ) {
    this.queue = new OfflineQueueController(host, {
      sync: chargeSync,
      expired: markExpired,
      load: async () => {
        this.snapshot = await readSnapshot(this.me.id);
      },
      replay: () => replayQueuedCharges(this.me.id, merchantApi().chargeBatchUrl()),
      refreshCounts: () => this.refreshCounts(),
      refreshSnapshot: () => this.refreshSnapshot(),
    });
  }

  /** The latest replay report. */
  get sync(): ChargeSyncMessage | undefined {
    return this.queue.sync;
  }

  /** Charges `draft` to the tapped card. */
  async charge(draft: ChargeDraft, read: CredentialRead): Promise<ChargeOutcome> {
    const request: ChargeRequest = {
      idempotency_key: crypto.randomUUID(),
      credential: read.credential ? bytesToBase64Url(read.credential) : "",
      amount: draft.amount,
      currency_code: this.stand.currency_code,
      device_time: new Date().toISOString(),
      stand_id: this.stand.id,
      ...(draft.items?.length ? { items: draft.items } : {}),
    };
    const took = () => ({ at: Date.now(), ms: performance.now() - read.at });
    if (isOnline() && request.credential) {
      try {
        const { device_time: _deviceTime, ...online } = request;
        const charge = await merchantApi().charge(online);
        await this.store({ request, merchant_id: this.me.id, card_id: charge.card_id, sync: "online", server: charge, at: Date.now() });
        return { kind: "charged", charge, ...took() };
      } catch (error) {
        if (error instanceof ActorApiError && error.status === 401) markExpired();
        else if (error instanceof ActorApiError) return { kind: "refused", by: "server", message: error.message, field: error.field, ...took() };
        else if (!isNoAnswer(error)) throw error;
        // no answer (the charge may or may not have landed), or a token to renew: judged here, queued, same key
      }
    }
    return this.chargeOnDevice(request, read, took);
  }

  /** Downloads the snapshot (full when older than 24 h, else the delta). */
  async refreshSnapshot(): Promise<void> {
    this.snapshotError = undefined;
    this.downloading = true;
    this.host.requestUpdate();
    try {
      this.snapshot = await downloadSnapshot(merchantApi(), this.me.id);
    } catch (error) {
      this.snapshotError = error;
      if (error instanceof ActorApiError && error.status === 401) markExpired();
    } finally {
      this.downloading = false;
      this.host.requestUpdate();
    }
  }

  /** Sends the queue now (also used after a new sign-in). */
  replay(): Promise<void> {
    return this.queue.replay();
  }

  private async chargeOnDevice(request: ChargeRequest, read: CredentialRead, took: () => { at: number; ms: number }): Promise<ChargeOutcome> {
    if (!this.snapshot) return { kind: "refused", by: "device", reason: "no_snapshot", ...took() };
    const judged = await judgeOfflineCharge(offlineStand(this.snapshot, this.stand), {
      credential: read.credential,
      serial_number: read.serial_number,
      amount: request.amount,
      at: new Date(request.device_time),
    });
    if (!judged.ok) return { kind: "refused", by: "device", reason: judged.reason, cap_left: judged.cap_left, ...took() };
    await this.store({ request, merchant_id: this.me.id, card_id: judged.card.id, sync: "pending", at: Date.now() });
    await queueCharges(merchantApi().chargeBatchUrl(), this.me.id, [request]);
    const spent = await offlineStand(this.snapshot, this.stand).unsyncedSpend(judged.card.id);
    return { kind: "queued", request, cap_left: Math.max(0, judged.card.offline_cap - spent), ...took() };
  }

  private async store(charge: LocalCharge): Promise<void> {
    await recordCharge(charge);
    await this.refreshCounts();
  }

  async refreshCounts(): Promise<void> {
    [this.queued, this.recent, this.last] = await Promise.all([countChargesIn(this.me.id, "pending"), recentCharges(this.me.id, 5), lastChargeSync()]);
    this.host.requestUpdate();
  }
}
