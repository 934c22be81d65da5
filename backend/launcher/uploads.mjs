// Uploaded files (attendee and incident photos) belong with the data, not with the build output that
// `medusa build` replaces. Medusa's local file provider writes them to `<cwd>/static` and Medusa serves
// that folder at /static, so `<cwd>/static` becomes a link to `<data>/uploads`.
import { cpSync, lstatSync, mkdirSync, readlinkSync, rmSync, symlinkSync, unlinkSync } from "node:fs"
import { join } from "node:path"

/** Makes `<serverDir>/static` a link to `<dataDir>/uploads`, moving in files a build stored there. */
export function linkUploads(dataDir, serverDir) {
  const uploads = join(dataDir, "uploads")
  const link = join(serverDir, "static")
  mkdirSync(uploads, { recursive: true })
  const found = lstatSync(link, { throwIfNoEntry: false })
  if (found?.isSymbolicLink()) {
    if (readlinkSync(link) === uploads) return uploads
    unlinkSync(link)
  } else if (found?.isDirectory()) {
    // files uploaded before uploads lived in the data folder: keep them (copy, as the two may be on different disks)
    cpSync(link, uploads, { recursive: true, force: false })
    rmSync(link, { recursive: true, force: true })
  } else if (found) {
    throw new Error(`${link} is in the way of the uploads link; remove it`)
  }
  symlinkSync(uploads, link, "dir")
  return uploads
}
