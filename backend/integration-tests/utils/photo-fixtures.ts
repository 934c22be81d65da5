import { existsSync, readdirSync, rmdirSync, rmSync } from "node:fs"
import { join } from "node:path"
import { crc32, deflateSync } from "node:zlib"
import { freePort } from "../../../storefront-pwa/e2e/free-port"

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, "latin1"), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A real PNG (8-bit RGB, one colour) that any decoder opens: what a phone camera would send, only smaller. */
export function solidPng(width = 4, height = 4, [r, g, b] = [200, 30, 30]): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // colour type: RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat())])
  const pixels = Buffer.concat(Array.from({ length: height }, () => row))
  return Buffer.concat([PNG_SIGNATURE, pngChunk("IHDR", header), pngChunk("IDAT", deflateSync(pixels)), pngChunk("IEND", Buffer.alloc(0))])
}

/**
 * The local file provider names files after the backend's URL, which medusa-config.ts takes from PORT: a spec
 * that opens photo URLs must make the app listen on a port known before it boots. Call at the top of the file,
 * before `medusaIntegrationTestRunner` (its own beforeAll reads PORT); returns a getter for the port.
 */
export function reserveBackendPort(): () => number {
  let port: number | undefined
  const previous = process.env.PORT
  beforeAll(async () => {
    port = await freePort()
    process.env.PORT = String(port)
  })
  afterAll(() => {
    if (previous === undefined) delete process.env.PORT
    else process.env.PORT = previous
  })
  return () => {
    if (port === undefined) throw new Error("reserveBackendPort(): the port is reserved in beforeAll; read it in a test or hook")
    return port
  }
}

/** Where the local file provider keeps an event's incident photos in a test run (the app's cwd is the repo root). */
export const incidentPhotoFolder = (eventId: string) => join(process.cwd(), "static", "incidents", eventId)

export const incidentPhotosOf = (eventId: string) => {
  const folder = incidentPhotoFolder(eventId)
  return existsSync(folder) ? readdirSync(folder) : []
}

/** Removes the photos a spec uploaded, and the provider's folders once nothing else lives there. */
export function removeIncidentPhotos(eventIds: string[]) {
  for (const eventId of eventIds) rmSync(incidentPhotoFolder(eventId), { recursive: true, force: true })
  for (const folder of [join(process.cwd(), "static", "incidents"), join(process.cwd(), "static")]) {
    if (existsSync(folder) && !readdirSync(folder).length) rmdirSync(folder)
  }
}
