import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { alertOnFailure } from "../workflows/alert"
import { createPayoutsWorkflow } from "../workflows/payout"

/** Daily: every seller's payable balance becomes a payout through the configured provider. */
async function createPayouts(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await createPayoutsWorkflow(container).run({ input: {} })
  logger.info(`payouts: ${result.length} created`)
}

export const config = { name: "create-payouts", schedule: "0 3 * * *" }

export default alertOnFailure(config.name, createPayouts)
