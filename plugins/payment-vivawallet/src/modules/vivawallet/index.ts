import { Module } from "@medusajs/framework/utils"
import VivaWalletModuleService from "./service"

export const VIVAWALLET_MODULE = "vivawallet"

export default Module(VIVAWALLET_MODULE, { service: VivaWalletModuleService })
