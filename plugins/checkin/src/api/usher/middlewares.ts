import { authenticate, type MiddlewareRoute, type MiddlewareVerb, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { validateBodyOnce } from "@tessera/credentials/http"
import {
  UsherCreateIncident,
  UsherCreateScan,
  UsherCreateScanBatch,
  UsherGetScansParams,
  UsherGetSnapshotParams,
  UsherUploadIncidentPhoto,
} from "./validators"
import { receivePhoto } from "./incidents/photo-file"
import { admitScan } from "./scans/admit-scan"

const noQueryConfig = { isList: false }

const AUTHENTICATED_METHODS: MiddlewareVerb[] = ["GET", "POST", "PUT", "PATCH", "DELETE"]

/** Every /usher route needs a logged-in usher; each route then checks the event's assignment (403 otherwise). */
export const usherMiddlewares: MiddlewareRoute[] = [
  // Not OPTIONS: a CORS preflight carries no token and must reach backend's actor CORS.
  { methods: AUTHENTICATED_METHODS, matcher: "/usher*", middlewares: [authenticate("usher", ["bearer", "session"])] },
  // The gate's hot route, matched by a regular expression: Medusa sorts those ahead of every path
  // matcher, so a scan skips the ~1,400 route layers Express would otherwise test one by one. It
  // answers here and never reaches the route table; "/usher*" above has authenticated it already.
  { methods: ["POST"], matcher: /^\/usher\/scans\/?$/, middlewares: [validateBodyOnce(UsherCreateScan), admitScan] },
  {
    methods: ["POST"],
    matcher: "/usher/scans/batch",
    // a full day's offline queue from one device
    bodyParser: { sizeLimit: "20mb" },
    middlewares: [validateBodyOnce(UsherCreateScanBatch)],
  },
  { methods: ["GET"], matcher: "/usher/scans", middlewares: [validateAndTransformQuery(UsherGetScansParams, noQueryConfig)] },
  { methods: ["POST"], matcher: "/usher/incidents", middlewares: [validateAndTransformBody(UsherCreateIncident)] },
  {
    methods: ["POST"],
    matcher: "/usher/incidents/photos",
    // multipart: multer reads the form, the JSON parser has nothing to do
    bodyParser: false,
    middlewares: [receivePhoto, validateAndTransformBody(UsherUploadIncidentPhoto)],
  },
  {
    methods: ["GET"],
    matcher: "/usher/events/:id/snapshot",
    middlewares: [validateAndTransformQuery(UsherGetSnapshotParams, noQueryConfig)],
  },
]
