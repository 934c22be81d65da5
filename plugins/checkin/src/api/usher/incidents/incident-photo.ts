import { randomUUID } from "node:crypto"
import type { IFileModuleService, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { fieldError } from "../../../workflows/utils/field-error"
import { PHOTO_TYPES, type PhotoType } from "./photo-file"

/**
 * Incident photos live in the file module under `incidents/<event id>/`: the folder is what lets an incident
 * tell its event's photos from every other file the module holds (product images, attendee photos).
 */
const folderOf = (eventId: string) => `incidents/${eventId}/`

/** The name to upload a photo under; the provider adds its own unique part to the key. */
export const photoFilename = (eventId: string, type: PhotoType) => `${folderOf(eventId)}${randomUUID()}.${PHOTO_TYPES[type]}`

/** Whether a file key is a photo uploaded for this event (a provider may put its own prefix before the folder). */
function isPhotoOf(key: string, eventId: string): boolean {
  const parts = key.split("/")
  const [folder, event, name] = parts.slice(-3)
  return parts.length >= 3 && folder === "incidents" && event === eventId && !!name && !parts.includes("..")
}

/** The file key at the end of a file URL: from the event's photo folder on. */
function keyOfUrl(url: string, eventId: string): string | undefined {
  let path: string
  try {
    path = decodeURIComponent(new URL(url).pathname)
  } catch {
    return undefined // a malformed escape is no URL of ours
  }
  const at = path.lastIndexOf(`/${folderOf(eventId)}`)
  return at < 0 ? undefined : path.slice(at + 1)
}

const sameFile = (a: string, b: string) => {
  const [left, right] = [new URL(a), new URL(b)]
  // a private provider signs its URLs: the query changes per request, the file does not
  return left.origin === right.origin && left.pathname === right.pathname
}

export type PhotoReference = { photo_id?: string | null; photo_url?: string | null }

/**
 * The URL to store on an incident for the photo it names, or null without one. Either reference must be a
 * photo that POST /usher/incidents/photos uploaded for this event, and the file module must still have it:
 * a URL from anywhere else is refused, so the admin never opens a link an usher typed.
 */
export async function incidentPhotoUrl(scope: MedusaContainer, eventId: string, { photo_id, photo_url }: PhotoReference): Promise<string | null> {
  if (!photo_id && !photo_url) return null
  const field = photo_id ? "photo_id" : "photo_url"
  const key = photo_id || (photo_url && keyOfUrl(photo_url, eventId))
  if (!key || !isPhotoOf(key, eventId)) {
    throw fieldError(MedusaError.Types.INVALID_DATA, field, `Field '${field}' must name a photo uploaded for this event with POST /usher/incidents/photos`)
  }
  let url: string
  try {
    ;({ url } = await scope.resolve<IFileModuleService>(Modules.FILE).retrieveFile(key))
  } catch (error) {
    if ((error as MedusaError).type !== MedusaError.Types.NOT_FOUND) throw error
    throw fieldError(MedusaError.Types.NOT_FOUND, field, `Photo ${key} was not found`)
  }
  if (photo_url && !sameFile(url, photo_url)) {
    throw fieldError(MedusaError.Types.INVALID_DATA, "photo_url", "Field 'photo_url' is not the URL the file module serves this photo at")
  }
  return url
}
