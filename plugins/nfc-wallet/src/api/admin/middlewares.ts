import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { AdminAssignCard, AdminGetCardsParams, AdminImportCards, AdminReplaceCard } from "./cards/validators"
import { adminMerchantsMiddlewares } from "./merchants/middlewares"
import {
  AdminCreateAdjustment,
  AdminGetBalanceRefundOutcomesParams,
  AdminGetBalanceRefundRunsParams,
  AdminGetLedgerTransactionsParams,
  AdminGetWalletReloadsParams,
  AdminGetWalletsParams,
  AdminRefundEventBalances,
} from "./wallets/validators"

const list = { defaults: [], isList: true }

export const adminMiddlewares: MiddlewareRoute[] = [
  ...adminMerchantsMiddlewares,
  { methods: ["POST"], matcher: "/admin/cards/import", middlewares: [validateAndTransformBody(AdminImportCards)] },
  { methods: ["GET"], matcher: "/admin/cards", middlewares: [validateAndTransformQuery(AdminGetCardsParams, list)] },
  { methods: ["POST"], matcher: "/admin/cards/:id/replace", middlewares: [validateAndTransformBody(AdminReplaceCard)] },
  { methods: ["POST"], matcher: "/admin/cards/:id/assign", middlewares: [validateAndTransformBody(AdminAssignCard)] },
  { methods: ["POST"], matcher: "/admin/wallets/adjustments", middlewares: [validateAndTransformBody(AdminCreateAdjustment)] },
  { methods: ["POST"], matcher: "/admin/wallets/balance-refunds", middlewares: [validateAndTransformBody(AdminRefundEventBalances)] },
  { methods: ["GET"], matcher: "/admin/wallets/balance-refunds", middlewares: [validateAndTransformQuery(AdminGetBalanceRefundRunsParams, list)] },
  {
    methods: ["GET"],
    matcher: "/admin/wallets/balance-refunds/:id/wallets",
    middlewares: [validateAndTransformQuery(AdminGetBalanceRefundOutcomesParams, list)],
  },
  { methods: ["GET"], matcher: "/admin/wallets/reloads", middlewares: [validateAndTransformQuery(AdminGetWalletReloadsParams, list)] },
  { methods: ["GET"], matcher: "/admin/wallets", middlewares: [validateAndTransformQuery(AdminGetWalletsParams, list)] },
  { methods: ["GET"], matcher: "/admin/wallets/:id/transactions", middlewares: [validateAndTransformQuery(createFindParams({ limit: 50, offset: 0 }), list)] },
  { methods: ["GET"], matcher: "/admin/ledger/transactions", middlewares: [validateAndTransformQuery(AdminGetLedgerTransactionsParams, list)] },
]
