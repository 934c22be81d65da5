import type { Queue } from "workbox-background-sync";
import { pushBatch, replayQueue, type QueueReplay, type ReplayPhase } from "./queue-replay.js";

type Entry = { request: Request; metadata?: object };

/** The part of Workbox's Queue the replay uses, in memory (the real one keeps entries in IndexedDB). */
function memoryQueue(name: string) {
  const entries: Entry[] = [];
  const queue = {
    name,
    getAll: async () => [...entries],
    shiftRequest: async () => entries.shift(),
    unshiftRequest: async (entry: Entry) => void entries.unshift(entry),
    pushRequest: async (entry: Entry) => void entries.push(entry),
  };
  return { queue: queue as unknown as Queue, entries };
}

type Outcome = "sent" | "auth" | "held";

/** A replay whose answers come from `answer` (by the entry's owner); records what was stored and reported. */
function replayWith(answer: (owner: string) => Outcome | Error) {
  const stored: string[][] = [];
  const phases: [ReplayPhase, number, number][] = [];
  let finished: number | undefined;
  const replay: QueueReplay<string, Outcome> = {
    itemsOf: (metadata) => (metadata as { items?: string[] } | undefined)?.items ?? [],
    send: async (_url, _items, metadata) => {
      const outcome = answer((metadata as { owner: string }).owner);
      if (outcome instanceof Error) throw outcome;
      return outcome;
    },
    refusedToken: (outcome) => outcome === "auth",
    heldBack: (outcome) => outcome === "held",
    record: async (items) => {
      stored.push(items);
      return 0;
    },
    finish: async (sent) => void (finished = sent),
    notify: (phase, done, total) => void phases.push([phase, done, total]),
  };
  return { replay, stored, phases, finished: () => finished };
}

const URL = "https://api.test/merchant/charges/batch";

describe("replayQueue", () => {
  it("should send every entry in order, store the answers and report progress to done", async () => {
    const { queue, entries } = memoryQueue("sends");
    await pushBatch(queue, URL, "items", ["a"], { owner: "me" });
    await pushBatch(queue, URL, "items", ["b", "c"], { owner: "me" });
    const run = replayWith(() => "sent");
    await replayQueue(queue, run.replay);
    expect(run.stored).toEqual([["a"], ["b", "c"]]);
    expect(run.phases.at(-1)).toEqual(["done", 3, 3]);
    expect(run.finished()).toBe(3);
    expect(entries).toEqual([]);
  });

  it("should keep an entry the backend did not answer, at the front, and rethrow so the Sync API retries", async () => {
    const { queue, entries } = memoryQueue("offline");
    await pushBatch(queue, URL, "items", ["a"], { owner: "me" });
    await pushBatch(queue, URL, "items", ["b"], { owner: "me" });
    const run = replayWith(() => new TypeError("Failed to fetch"));
    await expect(replayQueue(queue, run.replay)).rejects.toThrow("Failed to fetch");
    expect(entries.map((entry) => (entry.metadata as { items: string[] }).items)).toEqual([["a"], ["b"]]);
    expect(run.phases.at(-1)?.[0]).toBe("offline");
    expect(run.finished()).toBeUndefined();
  });

  it("should stop on a refused token and set aside another owner's entries without losing them", async () => {
    const { queue, entries } = memoryQueue("owners");
    await pushBatch(queue, URL, "items", ["theirs"], { owner: "other" });
    await pushBatch(queue, URL, "items", ["mine"], { owner: "me" });
    const run = replayWith((owner) => (owner === "me" ? "sent" : "held"));
    await replayQueue(queue, run.replay);
    expect(run.stored).toEqual([["mine"]]);
    expect(run.phases.at(-1)).toEqual(["done", 1, 1]);
    expect(entries.map((entry) => (entry.metadata as { owner: string }).owner)).toEqual(["other"]);

    const signedOut = replayWith(() => "auth");
    await replayQueue(queue, signedOut.replay);
    expect(signedOut.phases.at(-1)?.[0]).toBe("auth");
    expect(entries).toHaveLength(1);
  });
});
