import { hostname } from "node:os"

/** Names this server process among its peers behind a load balancer. */
export const INSTANCE_ID = process.env.TESSERA_INSTANCE_ID ?? `${hostname()}:${process.pid}`
