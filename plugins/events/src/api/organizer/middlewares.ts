import { authenticate, type MiddlewareRoute, type MiddlewareVerb, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  listOrganizerEditRequestsQueryConfig,
  listOrganizerEventsQueryConfig,
  listOrganizerPayoutsQueryConfig,
  listOrganizerTicketsQueryConfig,
  retrieveOrganizerEditRequestQueryConfig,
  retrieveOrganizerPayoutQueryConfig,
} from "./query-config"
import {

  OrganizerCreateEditRequest,
  OrganizerGetEditRequestsParams,
  OrganizerGetEventsParams,
  OrganizerGetOneParams,
  OrganizerGetPayoutsParams,
  OrganizerGetTicketsParams,
} from "./validators"

const get = (matcher: string, validate: NonNullable<MiddlewareRoute["middlewares"]>[number]): MiddlewareRoute => ({
  methods: ["GET"],
  matcher,
  middlewares: [validate],
})

const AUTHENTICATED_METHODS: MiddlewareVerb[] = ["GET", "POST", "PUT", "PATCH", "DELETE"]

/** Every /organizer route needs a logged-in organizer; each route then scopes what it reads to that organizer. */
export const organizerMiddlewares: MiddlewareRoute[] = [
  // Not OPTIONS: a CORS preflight carries no token and must reach backend's actor CORS.
  { methods: AUTHENTICATED_METHODS, matcher: "/organizer/*", middlewares: [authenticate("organizer", ["bearer", "session"])] },
  get("/organizer/events", validateAndTransformQuery(OrganizerGetEventsParams, listOrganizerEventsQueryConfig)),
  get("/organizer/events/:id/tickets", validateAndTransformQuery(OrganizerGetTicketsParams, listOrganizerTicketsQueryConfig)),
  {
    methods: ["POST"],
    matcher: "/organizer/events/:id/edit-requests",
    middlewares: [
      validateAndTransformBody(OrganizerCreateEditRequest),
      validateAndTransformQuery(OrganizerGetOneParams, retrieveOrganizerEditRequestQueryConfig),
    ],
  },
  get("/organizer/edit-requests", validateAndTransformQuery(OrganizerGetEditRequestsParams, listOrganizerEditRequestsQueryConfig)),
  get("/organizer/edit-requests/:id", validateAndTransformQuery(OrganizerGetOneParams, retrieveOrganizerEditRequestQueryConfig)),
  get("/organizer/payouts", validateAndTransformQuery(OrganizerGetPayoutsParams, listOrganizerPayoutsQueryConfig)),
  get("/organizer/payouts/:id", validateAndTransformQuery(OrganizerGetOneParams, retrieveOrganizerPayoutQueryConfig)),
]
