import { createChargeLane } from "./api/merchant/charges/online-charge"

/** The wallet routes the composition puts on the hot lane (`installHotLane`). */
export const walletHotRoutes = [createChargeLane]
