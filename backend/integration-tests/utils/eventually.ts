/**
 * Re-reads until `done` holds or the deadline passes, then returns the last value for the test to assert:
 * subscribers (tickets on order.placed, wallet credits) run after the request has answered.
 */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (done(value) || Date.now() > deadline) return value
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
