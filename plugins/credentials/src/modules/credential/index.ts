import { Module } from "@medusajs/framework/utils"
import CredentialModuleService from "./service"

export const CREDENTIAL_MODULE = "credential"

export default Module(CREDENTIAL_MODULE, { service: CredentialModuleService })
