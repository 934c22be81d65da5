import type { Queue } from "workbox-background-sync";

/**
 * The replay of a Workbox background-sync queue of offline work (the gate's scans, the stand's charges), shared by
 * the service worker's queues. Each entry is one batch request; its metadata carries the items, so a replay
 * re-sends them with the token saved now rather than the one they were queued with (a re-login releases the
 * queue). An entry leaves the queue only once its answers are stored: a network failure or a refused token puts
 * it back first; the former rethrows so the Sync API retries later. One replay per queue at a time.
 */

export type ReplayPhase = "progress" | "done" | "auth" | "offline";

export interface QueueReplay<Item, Outcome> {
  /** The items a queued entry carries (its metadata). */
  itemsOf(metadata: object | undefined): Item[];
  /** Sends items with the current token; rejects when the backend gave no answer. */
  send(url: string, items: Item[], metadata: object | undefined): Promise<Outcome>;
  /** The token was refused: keep the entry for after the next sign-in. */
  refusedToken(outcome: Outcome): boolean;
  /** Not for whoever is signed in now (another merchant's charges): set aside, kept, and the replay goes on. */
  heldBack?(outcome: Outcome): boolean;
  /** Stores the answers on the device; returns how many need a person's eye (conflicts, rejections). */
  record(items: Item[], outcome: Outcome): Promise<number>;
  /** After the queue emptied: the last-sync record. */
  finish(sent: number, issues: number): Promise<void>;
  notify(phase: ReplayPhase, done: number, total: number, issues: number): void;
}

/** Puts one batch into a queue: the request as it was first sent, and its items (plus `extra`) for a replay. */
export async function pushBatch(queue: Queue, url: string, field: string, items: unknown[], extra: Record<string, unknown> = {}): Promise<void> {
  const request = new Request(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ [field]: items }),
  });
  await queue.pushRequest({ request, metadata: { ...extra, [field]: items } });
}

const running = new Map<string, Promise<void>>();

export function replayQueue<Item, Outcome>(queue: Queue, replay: QueueReplay<Item, Outcome>): Promise<void> {
  let run = running.get(queue.name);
  if (!run) {
    run = replayEntries(queue, replay).finally(() => running.delete(queue.name));
    running.set(queue.name, run);
  }
  return run;
}

async function replayEntries<Item, Outcome>(queue: Queue, replay: QueueReplay<Item, Outcome>): Promise<void> {
  const entries = await queue.getAll();
  let total = entries.reduce((sum, entry) => sum + replay.itemsOf(entry.metadata).length, 0);
  if (total === 0) return;
  let done = 0;
  let issues = 0;
  const held: Awaited<ReturnType<Queue["shiftRequest"]>>[] = [];
  replay.notify("progress", done, total, issues);
  try {
    for (let entry = await queue.shiftRequest(); entry; entry = await queue.shiftRequest()) {
      const items = replay.itemsOf(entry.metadata);
      let outcome: Outcome;
      try {
        outcome = await replay.send(entry.request.url, items, entry.metadata);
      } catch (error) {
        await queue.unshiftRequest(entry);
        replay.notify("offline", done, total, issues);
        throw error;
      }
      if (replay.refusedToken(outcome)) {
        await queue.unshiftRequest(entry);
        replay.notify("auth", done, total, issues);
        return;
      }
      if (replay.heldBack?.(outcome)) {
        held.push(entry);
        total -= items.length;
        continue;
      }
      issues += await replay.record(items, outcome);
      done += items.length;
      replay.notify("progress", done, total, issues);
    }
  } finally {
    // whatever happened, set-aside entries go back into the queue, in their order
    for (const entry of held) if (entry) await queue.pushRequest(entry);
  }
  await replay.finish(done, issues);
  replay.notify("done", done, total, issues);
}
