import { MedusaContainer } from "@medusajs/framework/types"
import { LEXOFFICE_MODULE } from "../../modules/lexoffice"
import LexofficeModuleService from "../../modules/lexoffice/service"

export const lexofficeOf = (container: Pick<MedusaContainer, "resolve">) => container.resolve<LexofficeModuleService>(LEXOFFICE_MODULE)

export type LexofficeSyncRecord = Awaited<ReturnType<LexofficeModuleService["retrieveLexofficeSync"]>>
