import { freePort } from "./free-port";

/**
 * The PWA's origin must be in the backend's CORS lists (PWA_CORS) before the Medusa app of a test file boots: call
 * this at the top of the file, before `medusaIntegrationTestRunner`. It reserves a port in `beforeAll`, sets
 * PWA_CORS to `http://127.0.0.1:<port>`, restores it in `afterAll`, and returns a getter for the port.
 */
export function reservePwaOrigin(): () => number {
  let port: number | undefined;
  const previous = process.env.PWA_CORS;
  beforeAll(async () => {
    port = await freePort();
    process.env.PWA_CORS = `http://127.0.0.1:${port}`;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.PWA_CORS;
    else process.env.PWA_CORS = previous;
  });
  return () => {
    if (port === undefined) throw new Error("reservePwaOrigin(): the port is reserved in beforeAll; read it in a test or hook");
    return port;
  };
}
