import { type MiddlewareRoute, type MiddlewareVerb, authenticate, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { validateBodyOnce } from "@tessera/credentials/http"
import { MerchantAssignCard } from "./cards/validators"
import { MerchantFindCustomer } from "./customers/validators"
import { MerchantChangePassword } from "./me/validators"
import { createCharge } from "./charges/online-charge"
import { MerchantCreateCharge, MerchantGetChargesParams, MerchantGetSnapshotParams, MerchantSyncCharges } from "./charges/validators"

const listQueryConfig = { defaults: [], isList: true }

const AUTHENTICATED_METHODS: MiddlewareVerb[] = ["GET", "POST", "PUT", "PATCH", "DELETE"]

export const merchantMiddlewares: MiddlewareRoute[] = [
  // Not OPTIONS: a CORS preflight carries no token and must reach backend's actor CORS.
  { methods: AUTHENTICATED_METHODS, matcher: "/merchant*", middlewares: [authenticate("merchant", ["bearer", "session"])] },
  // The stand's hot route, matched by a regular expression: Medusa sorts those ahead of every path
  // matcher, so a charge skips the ~1,400 route layers Express would otherwise test one by one. It
  // answers here and never reaches the route table; "/merchant*" above has authenticated it already.
  { methods: ["POST"], matcher: /^\/merchant\/charges\/?$/, middlewares: [validateBodyOnce(MerchantCreateCharge), createCharge] },
  { methods: ["GET"], matcher: "/merchant/charges", middlewares: [validateAndTransformQuery(MerchantGetChargesParams, listQueryConfig)] },
  { methods: ["GET"], matcher: "/merchant/cards", middlewares: [validateAndTransformQuery(createFindParams({ limit: 50, offset: 0 }), listQueryConfig)] },
  { methods: ["POST"], matcher: "/merchant/customers/lookup", middlewares: [validateAndTransformBody(MerchantFindCustomer)] },
  { methods: ["POST"], matcher: "/merchant/customers/otp", middlewares: [validateAndTransformBody(MerchantFindCustomer)] },
  { methods: ["POST"], matcher: "/merchant/cards/assign", middlewares: [validateAndTransformBody(MerchantAssignCard)] },
  { methods: ["POST"], matcher: "/merchant/me/password", middlewares: [validateAndTransformBody(MerchantChangePassword)] },
  { methods: ["POST"], matcher: "/merchant/charges/batch", middlewares: [validateBodyOnce(MerchantSyncCharges)] },
  { methods: ["GET"], matcher: "/merchant/snapshot", middlewares: [validateAndTransformQuery(MerchantGetSnapshotParams, { defaults: [], isList: false })] },
]
