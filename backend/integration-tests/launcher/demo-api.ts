import { randomUUID } from "node:crypto"

export type DemoLogin = { actor: string; email: string; password: string }
export type Demo = { backend_url: string; pwa_url: string; publishable_key: string; logins: DemoLogin[] }

type Call = { token?: string; body?: unknown; publishableKey?: string }

/**
 * The demo platform driven over HTTP as its users drive it: logins from `.data/demo.json`, then the
 * same routes the PWA and the admin call. A refused call fails the test with the server's answer.
 */
export function demoApi(demo: Demo) {
  async function call<T = Record<string, unknown>>(method: "GET" | "POST", path: string, { token, body, publishableKey }: Call = {}): Promise<T> {
    const response = await fetch(`${demo.backend_url}${path}`, {
      method,
      headers: {
        "content-type": "application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(publishableKey ? { "x-publishable-api-key": publishableKey } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data = await response.json()
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(data)}`)
    return data as T
  }

  const login = (actor: string) => {
    const found = demo.logins.find((candidate) => candidate.actor === actor)
    if (!found) throw new Error(`demo.json has no ${actor} login`)
    return found
  }

  /** A bearer token for a demo login; `auth` is the actor type of the auth route (user, customer, usher, merchant). */
  const tokenOf = async (auth: string, actor: string) => {
    const { email, password } = login(actor)
    return (await call<{ token: string }>("POST", `/auth/${auth}/emailpass`, { body: { email, password } })).token
  }

  return { call, login, tokenOf }
}

/** One offline scan as an usher's device queues it (see checkin-sync.spec.ts). */
export const offlineScan = (eventId: string, gateId: string, credential: string, secondsAgo: number) => ({
  id: randomUUID(),
  event_id: eventId,
  gate_id: gateId,
  direction: "in",
  credential,
  scanned_at: new Date(Date.now() - secondsAgo * 1000).toISOString(),
})
