import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminCreateAssignment,
  AdminCreateCheckinList,
  AdminCreateGate,
  AdminCreateUsher,
  AdminGetCheckinScansParams,
  AdminGetConflictsParams,
  AdminGetIncidentsParams,
  AdminGetUshersParams,
  AdminResolveConflict,
  AdminUpdateCheckin,
  AdminUpsertAttendeeProfile,
} from "./validators"

const noQueryConfig = { isList: false }
const body = (method: "POST", matcher: string, schema: Parameters<typeof validateAndTransformBody>[0]): MiddlewareRoute => ({
  methods: [method],
  matcher,
  middlewares: [validateAndTransformBody(schema)],
})
const query = (matcher: string, schema: Parameters<typeof validateAndTransformQuery>[0]): MiddlewareRoute => ({
  methods: ["GET"],
  matcher,
  middlewares: [validateAndTransformQuery(schema, noQueryConfig)],
})

/** /admin routes are authenticated by Medusa; these only validate. */
export const adminCheckinMiddlewares: MiddlewareRoute[] = [
  body("POST", "/admin/ushers", AdminCreateUsher),
  query("/admin/ushers", AdminGetUshersParams),
  body("POST", "/admin/attendee-profiles", AdminUpsertAttendeeProfile),
  body("POST", "/admin/events/:id/checkin", AdminUpdateCheckin),
  body("POST", "/admin/events/:id/checkin/assignments", AdminCreateAssignment),
  body("POST", "/admin/events/:id/checkin/lists", AdminCreateCheckinList),
  body("POST", "/admin/events/:id/checkin/gates", AdminCreateGate),
  query("/admin/events/:id/checkin/scans", AdminGetCheckinScansParams),
  query("/admin/events/:id/checkin/conflicts", AdminGetConflictsParams),
  body("POST", "/admin/events/:id/checkin/conflicts/:conflict_id/resolve", AdminResolveConflict),
  query("/admin/events/:id/checkin/incidents", AdminGetIncidentsParams),
]
