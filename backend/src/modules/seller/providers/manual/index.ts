import { ModuleProvider } from "@medusajs/framework/utils"
import { ManualPayoutProvider } from "./service"

export default ModuleProvider("seller", { services: [ManualPayoutProvider] })
