import { Module } from "@medusajs/framework/utils"
import CheckinModuleService from "./service"

export const CHECKIN_MODULE = "checkin"

export default Module(CHECKIN_MODULE, { service: CheckinModuleService })
