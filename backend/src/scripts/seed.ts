import { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedCollections } from "./seed/collections"
import { seedProducts } from "./seed/products"
import { seedPromotions } from "./seed/promotions"
import { seedSecondRegion } from "./seed/regions"
import { seedProposals, seedSellers } from "./seed/sellers"
import { seedSocial } from "./seed/social"
import { seedStore, StoreSetup } from "./seed/store"
import { seedUsers } from "./seed/users"

/**
 * Seeds the demo store. Idempotent: every part is created only when missing, so a second run changes nothing.
 * Sellers come before products: each product belongs to a seller and is stocked at that seller's location.
 * The social part comes last (its posts show and tag the sellers' products); tests that need no posts skip it.
 */
export async function seedDemo(container: MedusaContainer, { social = true } = {}): Promise<StoreSetup> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const log = (message: string) => logger.info(`seed: ${message}`)
  const setup = await seedStore(container, log)
  const { adminUserId } = await seedUsers(container, log)
  const sellers = await seedSellers(container, adminUserId, log)
  await seedProducts(container, setup, sellers, log)
  await seedCollections(container, log)
  await seedProposals(container, sellers, log)
  await seedSecondRegion(container, setup, log)
  await seedPromotions(container, setup.regionId, log)
  if (social) await seedSocial(container, sellers, log)
  log("done")
  return setup
}

export default async function seed({ container }: ExecArgs) {
  await seedDemo(container)
}
