import { asFunction, Lifetime } from "@medusajs/framework/awilix"
import { moduleProviderLoader } from "@medusajs/framework/modules-sdk"
import { LoaderOptions, ModuleProvider } from "@medusajs/framework/types"
import { ManualPayoutProvider } from "../providers/manual/service"
import { PAYOUT_PROVIDER_PREFIX, PayoutProviderClass } from "../providers/types"
import { SellerModuleOptions } from "../options"

/** Registers the built-in manual provider and every provider listed in the module's options. */
export default async function payoutProvidersLoader({ container, options }: LoaderOptions<SellerModuleOptions>) {
  const register = async (klass: PayoutProviderClass, _container: unknown, provider: { id: string; options?: Record<string, unknown> }) => {
    container.register({
      [PAYOUT_PROVIDER_PREFIX + provider.id]: asFunction((cradle) => new klass(cradle, provider.options ?? {}), {
        lifetime: Lifetime.SINGLETON,
      }),
    })
  }
  await register(ManualPayoutProvider, container, { id: ManualPayoutProvider.identifier })
  await moduleProviderLoader({
    container,
    providers: (options?.providers ?? []) as ModuleProvider[],
    registerServiceFn: register as never,
  })
}
