import { admitScanLane } from "./api/usher/scans/admit-scan"

/** The check-in routes the composition puts on the hot lane (`installHotLane`). */
export const checkinHotRoutes = [admitScanLane]
