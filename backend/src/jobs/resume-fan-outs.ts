import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { alertOnFailure } from "../workflows/alert"
import { resumeFanOutsWorkflow } from "../workflows/feed"

/** Every minute: fan-outs with no progress for a minute (their process died) carry on from their last batch. */
async function resumeFanOuts(container: MedusaContainer) {
  const { result } = await resumeFanOutsWorkflow(container).run({ input: { stalled_seconds: 60 } })
  if (!result.length) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const fanOut of result) logger.info(`feed: resumed the fan-out of ${fanOut.id}, ${fanOut.delivered} followers reached`)
}

export const config = { name: "resume-fan-outs", schedule: "* * * * *" }

export default alertOnFailure(config.name, resumeFanOuts)
