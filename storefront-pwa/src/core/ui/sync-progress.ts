import { html } from "lit";
import type { ReplayPhase } from "../offline/queue-replay.js";

/** The part of a replay report (scans, charges) a person sees. */
export interface SyncProgress {
  phase: ReplayPhase;
  done: number;
  total: number;
}

const PHASE_WORDS: Record<Exclude<ReplayPhase, "progress">, string> = {
  done: "Sent",
  auth: "Waiting for sign-in",
  offline: "Waiting for the network",
};

/** The latest replay of a queue of `what` ("scans", "charges") with its bar; nothing before the first report. */
export function syncProgress(sync: SyncProgress | undefined, what: string) {
  if (!sync) return null;
  const words = sync.phase === "progress" ? `Sending queued ${what}` : PHASE_WORDS[sync.phase];
  return html`<label id="sync-progress"
    >${words}: ${sync.done} of ${sync.total}
    <progress max=${sync.total} .value=${sync.done}></progress
  ></label>`;
}
