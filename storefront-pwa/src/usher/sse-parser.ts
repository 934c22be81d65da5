/** One server-sent event: its type (`message` when unnamed), data lines joined, and its id when it had one. */
export interface ServerSentEvent {
  event: string;
  data: string;
  id?: string;
}

/**
 * The text/event-stream format (HTML Living Standard §9.2) over chunks of text as they arrive: fields may be split
 * anywhere across chunks, lines end in LF, CRLF or CR, `:` lines are comments (the server's keep-alives), and an
 * event is dispatched at a blank line. `lastEventId` persists across events (what a reconnect sends back as
 * Last-Event-ID); `retry` is the reconnection delay the server asked for.
 */
export class SseParser {
  lastEventId?: string;
  retry?: number;
  private buffer = "";
  private type = "";
  private data: string[] = [];
  private sawId = false;

  /** Feeds a chunk and returns the events it completed. */
  push(chunk: string): ServerSentEvent[] {
    this.buffer += chunk;
    const events: ServerSentEvent[] = [];
    for (let end = this.lineEnd(); end >= 0; end = this.lineEnd()) {
      const line = this.buffer.slice(0, end);
      // a CR at the very end may be the first half of a CRLF still in flight: keep it until the next chunk
      const crlf = this.buffer[end] === "\r" && this.buffer[end + 1] === "\n";
      this.buffer = this.buffer.slice(end + (crlf ? 2 : 1));
      const event = this.line(line);
      if (event) events.push(event);
    }
    return events;
  }

  private lineEnd(): number {
    const lf = this.buffer.indexOf("\n");
    const cr = this.buffer.indexOf("\r");
    if (cr >= 0 && (lf < 0 || cr < lf)) return cr === this.buffer.length - 1 ? -1 : cr;
    return lf;
  }

  private line(line: string): ServerSentEvent | undefined {
    if (line === "") return this.dispatch();
    if (line.startsWith(":")) return undefined;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "event") this.type = value;
    else if (field === "data") this.data.push(value);
    else if (field === "id" && !value.includes("\0")) {
      this.lastEventId = value;
      this.sawId = true;
    } else if (field === "retry" && /^\d+$/.test(value)) this.retry = Number(value);
    return undefined;
  }

  private dispatch(): ServerSentEvent | undefined {
    const event = this.data.length ? { event: this.type || "message", data: this.data.join("\n"), ...(this.sawId ? { id: this.lastEventId } : {}) } : undefined;
    this.type = "";
    this.data = [];
    this.sawId = false;
    return event;
  }
}
