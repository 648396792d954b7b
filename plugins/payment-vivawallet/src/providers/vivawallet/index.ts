import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import VivaWalletProviderService from "./service"

export default ModuleProvider(Modules.PAYMENT, { services: [VivaWalletProviderService] })
