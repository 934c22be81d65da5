import { requestContext, withRequestIds } from "../request-logger"

/** A logger that keeps what it was asked to log. */
class RecordingLogger {
  lines: unknown[][] = []
  info(...args: unknown[]) {
    this.lines.push(args)
  }
  error(...args: unknown[]) {
    this.lines.push(args)
  }
  shouldLog() {
    return true
  }
}

describe("withRequestIds", () => {
  it("should prefix lines logged while serving a request, across awaits", async () => {
    const recorder = new RecordingLogger()
    const logger = withRequestIds(recorder)
    await requestContext.run({ requestId: "req-42" }, async () => {
      await new Promise((r) => setTimeout(r, 5))
      logger.info("charged a wallet")
    })
    expect(recorder.lines).toEqual([["[req req-42] charged a wallet"]])
  })

  it("should leave lines outside any request untouched, and other methods alone", () => {
    const recorder = new RecordingLogger()
    const logger = withRequestIds(recorder)
    logger.info("booting")
    expect(recorder.lines).toEqual([["booting"]])
    expect(logger.shouldLog()).toBe(true)
  })

  it("should keep an Error for its stack while tagging its message", () => {
    const recorder = new RecordingLogger()
    const logger = withRequestIds(recorder)
    const failure = new Error("ledger unbalanced")
    requestContext.run({ requestId: "req-7" }, () => logger.error(failure))
    expect(recorder.lines[0]).toEqual(["[req req-7] ledger unbalanced", failure])
  })

  it("should keep concurrent requests apart", async () => {
    const recorder = new RecordingLogger()
    const logger = withRequestIds(recorder)
    await Promise.all(
      ["a", "b", "c"].map((id, i) =>
        requestContext.run({ requestId: id }, async () => {
          await new Promise((r) => setTimeout(r, 10 - i * 3))
          logger.info(`done ${id}`)
        })
      )
    )
    expect(recorder.lines.map(([line]) => line).sort()).toEqual(["[req a] done a", "[req b] done b", "[req c] done c"])
  })
})
