import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requireAccess } from "../../../../gate/access"
import type { UsherUploadIncidentPhotoType } from "../../validators"
import { photoFilename } from "../incident-photo"
import { requirePhoto } from "../photo-file"

/**
 * A photo for an incident, through Medusa's file module (whichever provider medusa-config sets). The usher then
 * names it in POST /usher/incidents as `photo_id` (or its `photo_url`).
 */
export async function POST(req: AuthenticatedMedusaRequest<UsherUploadIncidentPhotoType>, res: MedusaResponse) {
  const { event_id } = req.validatedBody
  await requireAccess(req.scope, req.auth_context.actor_id, event_id)
  const photo = requirePhoto(req.file)
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: [
        {
          filename: photoFilename(event_id, photo.type),
          mimeType: photo.type,
          content: photo.bytes.toString("base64"),
          // the admin's page shows it by its URL; the name holds a random UUID, so the URL is the only way to it
          access: "public",
        },
      ],
    },
  })
  const [{ id, url }] = result
  res.status(201).json({ photo: { id, url } })
}
