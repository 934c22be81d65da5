import { createServer } from "node:net";

/**
 * A port that is free right now on `host`, for servers whose origin must be known before they start (e.g. the
 * PWA origin a backend's CORS list names). Another process could take it in between; tests accept that.
 */
export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
