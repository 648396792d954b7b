import { asFunction, Lifetime } from "@medusajs/framework/awilix"
import { moduleProviderLoader } from "@medusajs/framework/modules-sdk"
import { LoaderOptions, ModuleProvider } from "@medusajs/framework/types"
import { FEED_DEFAULTS, FeedModuleOptions } from "../options"
import { HalfLifeRanking } from "../ranking/half-life/service"
import { RANKING_PROVIDER_PREFIX, RankingStrategyClass } from "../ranking/types"

/**
 * Registers the built-in half-life ranking and every ranking provider listed in the module's options;
 * a `ranking_provider` that is not among them stops the start.
 */
export default async function rankingProvidersLoader({ container, options }: LoaderOptions<FeedModuleOptions>) {
  const register = async (klass: RankingStrategyClass, _container: unknown, provider: { id: string; options?: Record<string, unknown> }) => {
    container.register({
      [RANKING_PROVIDER_PREFIX + provider.id]: asFunction((cradle) => new klass(cradle, provider.options ?? {}), {
        lifetime: Lifetime.SINGLETON,
      }),
    })
  }
  HalfLifeRanking.validateOptions(options?.half_life ?? {})
  await register(HalfLifeRanking, container, { id: HalfLifeRanking.identifier, options: options?.half_life })
  await moduleProviderLoader({
    container,
    providers: (options?.providers ?? []) as ModuleProvider[],
    registerServiceFn: register as never,
  })
  const id = options?.ranking_provider ?? FEED_DEFAULTS.ranking_provider
  if (!container.hasRegistration(RANKING_PROVIDER_PREFIX + id)) {
    throw new Error(`feed: ranking provider "${id}" is not registered (list it in the feed module's providers)`)
  }
}
