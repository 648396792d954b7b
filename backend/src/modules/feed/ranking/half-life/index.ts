import { ModuleProvider } from "@medusajs/framework/utils"
import { HalfLifeRanking } from "./service"

export default ModuleProvider("feed", { services: [HalfLifeRanking] })
