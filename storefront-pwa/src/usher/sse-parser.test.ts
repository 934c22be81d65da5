import { SseParser } from "./sse-parser.js";

describe("SseParser", () => {
  it("should parse the check-in stream's events, ids and retry, skipping keep-alive comments", () => {
    const parser = new SseParser();
    const events = parser.push('retry: 2000\n\nevent: figures\ndata: {"admitted":1}\n\n: keep-alive\n\nid: 7\nevent: scan\ndata: {"seq":7}\n\n');
    expect(events).toEqual([
      { event: "figures", data: '{"admitted":1}' },
      { event: "scan", data: '{"seq":7}', id: "7" },
    ]);
    expect(parser.retry).toBe(2000);
    expect(parser.lastEventId).toBe("7");
  });

  it("should put together fields split across chunks and CRLF line ends split between them", () => {
    const parser = new SseParser();
    const stream = 'id: 12\r\nevent: conflict\r\ndata: {"conflict_id":\r\ndata: "ckc_1"}\r\n\r\n';
    const events = [...stream].flatMap((character) => parser.push(character));
    expect(events).toEqual([{ event: "conflict", data: '{"conflict_id":\n"ckc_1"}', id: "12" }]);
  });

  it("should keep the last id across events without one, and name an unnamed event message", () => {
    const parser = new SseParser();
    expect(parser.push("id: 3\ndata: a\n\ndata: b\n\n")).toEqual([
      { event: "message", data: "a", id: "3" },
      { event: "message", data: "b" },
    ]);
    expect(parser.lastEventId).toBe("3");
    expect(parser.push("event: figures\n\n")).toEqual([]);
    expect(parser.push("data: c\r")).toEqual([]);
    // CR CR: the first ends the line, the second is a blank line
    expect(parser.push("\rdata: d\n\n")).toEqual([
      { event: "message", data: "c" },
      { event: "message", data: "d" },
    ]);
  });
});
