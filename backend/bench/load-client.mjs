// The load generator shares the two cores with the server and Postgres, so it must cost as little as it
// can: node:http over kept-alive sockets, instead of fetch (undici's fetch spent roughly a core's tenth per
// few hundred requests/s that the server then did not get).
import http from "node:http"

/** A JSON client with at most `sockets` kept-alive connections; rejects on a non-2xx with `status`. */
export function loadClient(baseUrl, sockets, extraHeaders = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets })
  const { hostname, port } = new URL(baseUrl)
  const send = (method, path, token, body) =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? "" : JSON.stringify(body)
      const request = http.request(
        {
          agent,
          hostname,
          port,
          path,
          method,
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(payload),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...extraHeaders,
          },
        },
        (response) => {
          const chunks = []
          response.on("data", (chunk) => chunks.push(chunk))
          response.on("end", () => {
            let data = {}
            try {
              data = JSON.parse(Buffer.concat(chunks).toString("utf8"))
            } catch {}
            const status = response.statusCode ?? 0
            if (status >= 200 && status < 300) resolve(data)
            else reject(Object.assign(new Error(`${method} ${path}: ${status} ${data.type ?? ""} ${data.message ?? ""}`), { status }))
          })
          response.on("error", reject)
        }
      )
      request.on("error", reject)
      request.end(payload)
    })
  return {
    post: (path, token, body) => send("POST", path, token, body),
    get: (path, token) => send("GET", path, token),
    close: () => agent.destroy(),
  }
}
