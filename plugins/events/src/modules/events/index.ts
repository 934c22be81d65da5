import { Module } from "@medusajs/framework/utils"
import EventsModuleService from "./service"

export type { GateTicketRow } from "./utils/gate-tickets"

export const EVENTS_MODULE = "events"

export default Module(EVENTS_MODULE, { service: EventsModuleService })
