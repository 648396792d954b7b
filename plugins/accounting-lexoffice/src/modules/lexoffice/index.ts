import { Module } from "@medusajs/framework/utils"
import clientLoader from "./loaders/client"
import subscriptionsLoader from "./loaders/subscriptions"
import LexofficeModuleService from "./service"

export const LEXOFFICE_MODULE = "lexoffice"

export default Module(LEXOFFICE_MODULE, { service: LexofficeModuleService, loaders: [clientLoader, subscriptionsLoader] })
