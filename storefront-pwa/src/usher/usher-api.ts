import { ActorApiError, ActorClient } from "../core/api/actor-client.js";
import { reportRequestOutcome } from "../core/offline/connectivity.js";
import type {
  AdmissionState,
  GateList,
  PublicKey,
  ScanAnswer,
  ScanDirection,
  ScanOutcome,
  ScanRequest,
  SnapshotCard,
  SnapshotTicket,
} from "../core/offline/gate-db.js";

export interface AssignedGate {
  id: string;
  name: string;
  list_id: string;
}

export interface AssignedEvent {
  id: string;
  title?: string;
  starts_at?: string;
  role: "usher" | "lead";
  gates: AssignedGate[];
}

export interface UsherMe {
  usher: { id: string; name: string; email: string };
  events: AssignedEvent[];
}

export interface SnapshotPage {
  event_id: string;
  next_cursor: string;
  has_more: boolean;
  full: boolean;
  keys?: PublicKey[];
  scanning?: "open" | "closed";
  gates?: GateList[];
  admissions?: Omit<AdmissionState, "event_id">[];
  /** Wristbands of the event's ticket holders: all of them in a full pass, the changed ones in a delta. */
  cards?: Omit<SnapshotCard, "at_event_id">[];
  tickets: Omit<SnapshotTicket, "event_id">[];
}

export interface LoggedScan {
  id: string;
  direction: ScanDirection;
  outcome: ScanOutcome;
  reason: string | null;
  ticket_code: string | null;
  /** Set when a wristband was scanned (then `ticket_code` is the holder's ticket it stood for, if any). */
  card_id: string | null;
  holder_name: string | null;
  scanned_at: string;
  offline: boolean;
  conflict_id: string | null;
  usher_id: string;
}

export interface ScanLogQuery {
  event_id: string;
  q?: string;
  offset: number;
}

export const INCIDENT_TYPES = ["medical", "security", "fraud", "lost_item", "other"] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

export interface IncidentInput {
  event_id: string;
  type: IncidentType;
  note: string;
  ticket_id?: string;
  /** The `id` uploadIncidentPhoto answered. */
  photo_id?: string;
}

/** A photo in the backend's file module, ready to name in an incident. */
export interface IncidentPhoto {
  id: string;
  url: string;
}

/** What POST /usher/incidents/photos takes (the server checks the same). */
export const INCIDENT_PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"];
export const INCIDENT_PHOTO_MAX_BYTES = 8 * 1024 * 1024;

/** The check-in API (plugins/checkin, DESIGN §5) and the usher's login, over the actor client. */
export class UsherApi extends ActorClient {
  /** Medusa's emailpass login for the `usher` actor; returns the JWT. */
  async login(email: string, password: string, signal?: AbortSignal): Promise<string> {
    const { token } = await this.call<{ token: string }>("/auth/usher/emailpass", { method: "POST", body: { email, password }, signal });
    return token;
  }

  me(signal?: AbortSignal): Promise<UsherMe> {
    return this.call("/usher/me", { signal });
  }

  async scan(request: ScanRequest, signal?: AbortSignal): Promise<ScanAnswer> {
    return (await this.call<{ scan: ScanAnswer }>("/usher/scans", { method: "POST", body: request, signal })).scan;
  }

  scanUrl(): string {
    return `${this.backendUrl}/usher/scans/batch`;
  }

  scans(query: ScanLogQuery, signal?: AbortSignal): Promise<{ scans: LoggedScan[]; count: number; offset: number; limit: number }> {
    const params = new URLSearchParams({ event_id: query.event_id, offset: String(query.offset) });
    if (query.q) params.set("q", query.q);
    return this.call(`/usher/scans?${params}`, { signal });
  }

  async uploadIncidentPhoto(eventId: string, photo: Blob, signal?: AbortSignal): Promise<IncidentPhoto> {
    const form = new FormData();
    form.set("event_id", eventId);
    form.set("file", photo);
    return (await this.call<{ photo: IncidentPhoto }>("/usher/incidents/photos", { method: "POST", body: form, signal })).photo;
  }

  async reportIncident(input: IncidentInput, signal?: AbortSignal): Promise<void> {
    await this.call("/usher/incidents", { method: "POST", body: input, signal });
  }

  async snapshot(eventId: string, since: string | undefined, limit: number, signal?: AbortSignal): Promise<SnapshotPage> {
    const params = new URLSearchParams({ limit: String(limit) });
    if (since) params.set("since", since);
    const path = `/usher/events/${encodeURIComponent(eventId)}/snapshot?${params}`;
    return (await this.call<{ snapshot: SnapshotPage }>(path, { signal })).snapshot;
  }

  /**
   * Opens the event's live stream (server-sent events). EventSource cannot send the bearer token, so this is a
   * streaming fetch; `lastEventId` resumes after the last scan seen. Resolves once the headers are in.
   */
  async stream(eventId: string, lastEventId: string | undefined, signal: AbortSignal): Promise<ReadableStream<Uint8Array>> {
    const headers: Record<string, string> = { accept: "text/event-stream" };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (lastEventId) headers["last-event-id"] = lastEventId;
    let response: Response;
    try {
      response = await fetch(`${this.backendUrl}/usher/events/${encodeURIComponent(eventId)}/stream`, { headers, signal, cache: "no-store" });
    } catch (error) {
      if (!signal.aborted) reportRequestOutcome(false);
      throw error;
    }
    reportRequestOutcome(true);
    if (!response.ok || !response.body) {
      const payload = (await response.json().catch(() => ({}))) as { message?: string; field?: string };
      throw new ActorApiError(response.status, payload.message ?? `The server answered ${response.status}`, payload.field);
    }
    return response.body;
  }
}
