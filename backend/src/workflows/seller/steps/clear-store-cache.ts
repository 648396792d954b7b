import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Empties Medusa's query cache (when the caching module runs, i.e. with Redis). The cache tags a
 * result by the entities in it, so an empty result ("no product with this handle") carries no tag
 * and outlives the product's publication until its TTL (an hour). Products that become visible
 * through moderation or reinstatement would stay hidden that long; these decisions are rare, so
 * the cache is flushed. A failure only delays visibility, so it is logged, not raised.
 */
export const clearStoreCacheStep = createStep("clear-store-cache", async (_: void, { container }) => {
  if (!container.hasRegistration(Modules.CACHING)) return new StepResponse(false)
  try {
    await container.resolve(Modules.CACHING).clear({ tags: ["*"] })
    return new StepResponse(true)
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`store cache not cleared: ${(error as Error).message}`)
    return new StepResponse(false)
  }
})
