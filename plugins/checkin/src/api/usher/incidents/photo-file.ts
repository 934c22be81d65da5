import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { fieldError } from "../../../workflows/utils/field-error"

/** A phone camera's JPEG is 2–6 MB; anything past this is not a gate photo. */
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024

export const PHOTO_TYPES = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
} as const
export type PhotoType = keyof typeof PHOTO_TYPES

const isPhotoType = (type: string): type is PhotoType => Object.prototype.hasOwnProperty.call(PHOTO_TYPES, type)

const NOT_AN_IMAGE = "Field 'file' must be a JPEG, PNG or WebP image"

/** What the bytes are, whatever the client called them: the declared type is only a label. */
export function photoTypeOf(bytes: Buffer): PhotoType | undefined {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "image/png"
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg"
  if (bytes.length >= 12 && bytes.toString("latin1", 0, 4) === "RIFF" && bytes.toString("latin1", 8, 12) === "WEBP") return "image/webp"
  return undefined
}

/** The uploaded photo's bytes as a JPEG, PNG or WebP, or a 400 naming `file`. */
export function requirePhoto(file: Express.Multer.File | undefined): { bytes: Buffer; type: PhotoType } {
  if (!file?.buffer.length) {
    throw fieldError(MedusaError.Types.INVALID_DATA, "file", "Field 'file' is required: send the photo as multipart/form-data")
  }
  const type = photoTypeOf(file.buffer)
  if (!type) throw fieldError(MedusaError.Types.INVALID_DATA, "file", NOT_AN_IMAGE)
  return { bytes: file.buffer, type }
}

/**
 * Medusa's error handler keeps the status of anything shaped like an http-errors error (as it does for
 * body-parser's own 413), and our error shape adds `field`.
 */
const tooLarge = () =>
  Object.assign(new Error(`Field 'file' must be at most ${MAX_PHOTO_BYTES / 1024 / 1024} MB`), {
    status: 413,
    statusCode: 413,
    expose: true,
    field: "file",
  })

function photoError(error: unknown): Error {
  if (!(error instanceof multer.MulterError)) return error as Error
  if (error.code === "LIMIT_FILE_SIZE") return tooLarge()
  if (error.code === "LIMIT_UNEXPECTED_FILE" || error.code === "LIMIT_FILE_COUNT") {
    return fieldError(MedusaError.Types.INVALID_DATA, "file", "Send one photo, in field 'file'")
  }
  return fieldError(MedusaError.Types.INVALID_DATA, error.field ?? "file", `Invalid form: ${error.message}`)
}

// Memory storage: uploadFilesWorkflow takes the content itself, and the size limit bounds what one request holds.
const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 5, fieldSize: 1024, parts: 6 },
  // refuse by the declared type before reading the bytes; the route checks the bytes themselves
  fileFilter: (_req, file, accept) =>
    isPhotoType(file.mimetype) ? accept(null, true) : accept(fieldError(MedusaError.Types.INVALID_DATA, "file", NOT_AN_IMAGE)),
}).single("file")

/** Reads one photo from the multipart field `file` into `req.file`, and the form's text fields into `req.body`. */
export function receivePhoto(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  upload(req, res, (error?: unknown) => next(error ? photoError(error) : undefined))
}
