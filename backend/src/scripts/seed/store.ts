import {
  createApiKeysWorkflow,
  createLocationFulfillmentSetWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/** EU member states and their standard VAT rates in percent. */
export const vatRates: Record<string, number> = {
  at: 20, be: 21, bg: 20, cy: 19, cz: 21, de: 19, dk: 25, ee: 24, es: 21, fi: 25.5, fr: 20, gr: 24, hr: 25,
  hu: 27, ie: 23, it: 22, lt: 21, lu: 17, lv: 21, mt: 18, nl: 21, pl: 23, pt: 23, ro: 21, se: 25, si: 22, sk: 23,
}

export const REGION_NAME = "Europe"
export const SALES_CHANNEL_NAME = "Default Sales Channel"
export const PUBLISHABLE_KEY_TITLE = "Agora Storefront"
export const LOCATION_NAME = "Agora Warehouse Berlin"

export type StoreSetup = {
  regionId: string
  salesChannelId: string
  stockLocationId: string
  shippingProfileId: string
  publishableKey: string
}

type Log = (message: string) => void

/** Region, taxes, sales channel, publishable key, stock location and shipping; each created only if missing. */
export async function seedStore(container: MedusaContainer, log: Log): Promise<StoreSetup> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const countries = Object.keys(vatRates)

  const salesChannelId = await ensureSalesChannel(container)
  const { data: stores } = await query.graph({
    entity: "store",
    fields: ["id", "name", "default_sales_channel_id", "default_region_id", "supported_currencies.currency_code", "supported_currencies.is_default"],
  })
  const store = stores[0]
  const configured =
    store.name === "Agora" &&
    store.default_sales_channel_id === salesChannelId &&
    // EUR is the default; other currencies (GBP of the second region, seed/regions.ts) may follow it.
    store.supported_currencies?.some((c) => c?.currency_code === "eur" && c.is_default)
  if (!configured) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          name: "Agora",
          supported_currencies: [{ currency_code: "eur", is_default: true, is_tax_inclusive: true }],
          default_sales_channel_id: salesChannelId,
        },
      },
    })
  }
  log("store: EUR, default sales channel")

  // The region offers every configured payment provider (the system one, Viva Wallet, Stripe).
  const paymentProviders = (await container.resolve(Modules.PAYMENT).listPaymentProviders({ is_enabled: true })).map((p) => p.id).sort()
  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "payment_providers.id"], filters: { name: REGION_NAME } })
  let regionId = regions[0]?.id
  if (!regionId) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: REGION_NAME,
            currency_code: "eur",
            countries,
            payment_providers: paymentProviders,
            automatic_taxes: true,
            is_tax_inclusive: true,
          },
        ],
      },
    })
    regionId = result[0].id
  } else {
    const offered = new Set((regions[0].payment_providers ?? []).flatMap((p) => (p ? [p.id] : [])))
    if (paymentProviders.some((id) => !offered.has(id))) {
      await updateRegionsWorkflow(container).run({
        input: { selector: { id: regionId }, update: { payment_providers: [...new Set([...offered, ...paymentProviders])] } },
      })
    }
  }
  // Prices shown without a region (a post's tagged products, for example) are the default region's.
  if (store.default_region_id !== regionId) {
    await updateStoresWorkflow(container).run({ input: { selector: { id: store.id }, update: { default_region_id: regionId } } })
  }
  log(`region: ${REGION_NAME} with ${countries.length} countries (the default), paid with ${paymentProviders.join(", ")}`)

  const { data: taxRegions } = await query.graph({ entity: "tax_region", fields: ["country_code"] })
  const taxed = new Set(taxRegions.map((t) => t.country_code))
  const missingTax = countries.filter((c) => !taxed.has(c))
  if (missingTax.length) {
    await createTaxRegionsWorkflow(container).run({
      input: missingTax.map((country_code) => ({
        country_code,
        provider_id: "tp_system",
        default_tax_rate: { rate: vatRates[country_code], code: `VAT-${country_code.toUpperCase()}`, name: "VAT" },
      })),
    })
  }
  log(`tax regions: ${countries.length} (VAT DE 19 %, AT 20 %, GR 24 %, ...)`)

  const publishableKey = await ensurePublishableKey(container, salesChannelId)
  log("publishable API key")

  const shippingProfileId = await ensureShippingProfile(container)
  const stockLocationId = await ensureStockLocation(container, { salesChannelId, shippingProfileId, regionId }, log)
  return { regionId, salesChannelId, stockLocationId, shippingProfileId, publishableKey }
}

async function ensureSalesChannel(container: MedusaContainer): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "sales_channel",
    fields: ["id"],
    filters: { name: SALES_CHANNEL_NAME },
  })
  if (data[0]) return data[0].id
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME }] },
  })
  return result[0].id
}

async function ensurePublishableKey(container: MedusaContainer, salesChannelId: string): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "api_key",
    fields: ["id", "token"],
    filters: { title: PUBLISHABLE_KEY_TITLE, type: "publishable" },
  })
  if (data[0]) return data[0].token
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: result[0].id, add: [salesChannelId] },
  })
  return result[0].token
}

async function ensureShippingProfile(container: MedusaContainer): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "shipping_profile", fields: ["id"], filters: { type: "default" } })
  if (data[0]) return data[0].id
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default", type: "default" }] },
  })
  return result[0].id
}

async function ensureStockLocation(
  container: MedusaContainer,
  { salesChannelId, shippingProfileId, regionId }: { salesChannelId: string; shippingProfileId: string; regionId: string },
  log: Log
): Promise<string> {
  const countries = Object.keys(vatRates)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const { data: existing } = await query.graph({
    entity: "stock_location",
    fields: ["id"],
    filters: { name: LOCATION_NAME },
  })
  if (existing[0]) {
    log("stock location and shipping options: present")
    return existing[0].id
  }

  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        { name: LOCATION_NAME, address: { city: "Berlin", country_code: "DE", address_1: "Warschauer Str. 1" } },
      ],
    },
  })
  const locationId = locations[0].id
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: locationId, add: [salesChannelId] },
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })

  await createLocationFulfillmentSetWorkflow(container).run({
    input: { location_id: locationId, fulfillment_set_data: { name: "EU delivery", type: "shipping" } },
  })
  const { data: withSets } = await query.graph({
    entity: "stock_location",
    fields: ["fulfillment_sets.id"],
    filters: { id: locationId },
  })
  const fulfillmentSetId = withSets[0].fulfillment_sets![0]!.id
  const { result: zones } = await createServiceZonesWorkflow(container).run({
    input: {
      data: [
        {
          fulfillment_set_id: fulfillmentSetId,
          name: "European Union",
          geo_zones: countries.map((country_code) => ({ type: "country" as const, country_code })),
        },
      ],
    },
  })

  const option = (name: string, code: string, description: string, amount: number) => ({
    name,
    price_type: "flat" as const,
    provider_id: "manual_manual",
    service_zone_id: zones[0].id,
    shipping_profile_id: shippingProfileId,
    type: { label: name, description, code },
    prices: [
      { currency_code: "eur", amount },
      { region_id: regionId, amount },
    ],
    rules: [
      { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
      { attribute: "is_return", value: "false", operator: "eq" as const },
    ],
  })
  await createShippingOptionsWorkflow(container).run({
    input: [
      option("Standard", "standard", "Delivered in 3-5 working days.", 4.9),
      option("Express", "express", "Delivered the next working day.", 12.9),
    ],
  })
  log("stock location, EU service zone, shipping options standard and express")
  return locationId
}
