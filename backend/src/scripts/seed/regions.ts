import {
  createRegionsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createTaxRegionsWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { catalog, toHandle } from "./catalog"
import { LOCATION_NAME, StoreSetup } from "./store"

/** The second region: the storefront's country switcher moves a shopper in Great Britain to it. */
export const UK_REGION = { name: "United Kingdom", currency: "gbp", country: "gb", vatRate: 20, serviceZone: "United Kingdom" }

/** Demo prices in pounds: the euro price at 0.85 GBP per EUR, rounded to 10 pence. */
export function toGbp(eur: number): number {
  return Math.round(eur * 0.85 * 10) / 10
}

type Log = (message: string) => void

/**
 * The United Kingdom region (GBP, prices including 20 % VAT) with the same payment providers as Europe,
 * GBP among the store's currencies, the GB tax region, standard and express delivery from the Berlin
 * warehouse and a GBP price on every demo catalog variant. Each part is created only when missing.
 */
export async function seedSecondRegion(container: MedusaContainer, setup: StoreSetup, log: Log): Promise<string> {
  await ensureCurrency(container)
  const regionId = await ensureRegion(container)
  await ensureTaxRegion(container)
  const options = await ensureShipping(container, setup, regionId)
  const added = await ensurePrices(container)
  log(`region: ${UK_REGION.name} (GBP, VAT 20 %), ${options} shipping options, ${added} GBP prices added`)
  return regionId
}

/** Adds GBP to the store's currencies, keeping the others (EUR stays the default) and their tax-inclusive setting. */
async function ensureCurrency(container: MedusaContainer): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stores } = await query.graph({
    entity: "store",
    fields: ["id", "supported_currencies.currency_code", "supported_currencies.is_default"],
  })
  const current = (stores[0].supported_currencies ?? []).flatMap((c) => (c ? [c] : []))
  if (current.some((c) => c.currency_code === UK_REGION.currency)) return
  // The workflow rewrites each listed currency's price preference, which lives in the pricing module.
  const { data: preferences } = await query.graph({
    entity: "price_preference",
    fields: ["value", "is_tax_inclusive"],
    filters: { attribute: "currency_code" },
  })
  const inclusive = new Set(preferences.filter((p) => p.is_tax_inclusive).map((p) => p.value))
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: stores[0].id },
      update: {
        supported_currencies: [
          ...current.map(({ currency_code, is_default }) => ({
            currency_code,
            is_default,
            is_tax_inclusive: inclusive.has(currency_code),
          })),
          { currency_code: UK_REGION.currency, is_tax_inclusive: true },
        ],
      },
    },
  })
}

/** The region, offering every enabled payment provider like Europe does. */
async function ensureRegion(container: MedusaContainer): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const enabled = await container.resolve(Modules.PAYMENT).listPaymentProviders({ is_enabled: true })
  const providers = enabled.map((p) => p.id).sort()
  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id", "payment_providers.id"],
    filters: { name: UK_REGION.name },
  })
  const region = regions[0]
  if (!region) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: UK_REGION.name,
            currency_code: UK_REGION.currency,
            countries: [UK_REGION.country],
            payment_providers: providers,
            automatic_taxes: true,
            is_tax_inclusive: true,
          },
        ],
      },
    })
    return result[0].id
  }
  const offered = new Set((region.payment_providers ?? []).flatMap((p) => (p ? [p.id] : [])))
  if (providers.some((id) => !offered.has(id))) {
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: region.id }, update: { payment_providers: [...new Set([...offered, ...providers])] } },
    })
  }
  return region.id
}

async function ensureTaxRegion(container: MedusaContainer): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "tax_region", fields: ["id"], filters: { country_code: UK_REGION.country } })
  if (data.length) return
  const code = UK_REGION.country.toUpperCase()
  await createTaxRegionsWorkflow(container).run({
    input: [
      {
        country_code: UK_REGION.country,
        provider_id: "tp_system",
        default_tax_rate: { rate: UK_REGION.vatRate, code: `VAT-${code}`, name: "VAT" },
      },
    ],
  })
}

/**
 * A GB service zone in the Berlin warehouse's fulfilment set (the one Europe's options use, so the
 * cart finds it through the sales channel's locations) with standard and express delivery in GBP.
 * Returns how many of its options exist.
 */
async function ensureShipping(container: MedusaContainer, setup: StoreSetup, regionId: string): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: locations } = await query.graph({
    entity: "stock_location",
    fields: ["fulfillment_sets.id", "fulfillment_sets.service_zones.id", "fulfillment_sets.service_zones.name"],
    filters: { name: LOCATION_NAME },
  })
  const fulfillmentSet = locations[0]?.fulfillment_sets?.[0]
  if (!fulfillmentSet) throw new Error(`seed: ${LOCATION_NAME} has no fulfilment set; run the store step first`)
  let zoneId = fulfillmentSet.service_zones?.find((zone) => zone?.name === UK_REGION.serviceZone)?.id
  if (!zoneId) {
    const { result } = await createServiceZonesWorkflow(container).run({
      input: {
        data: [
          {
            fulfillment_set_id: fulfillmentSet.id,
            name: UK_REGION.serviceZone,
            geo_zones: [{ type: "country" as const, country_code: UK_REGION.country }],
          },
        ],
      },
    })
    zoneId = result[0].id
  }

  const { data: existing } = await query.graph({
    entity: "shipping_option",
    fields: ["type.code"],
    filters: { service_zone_id: zoneId },
  })
  const present = new Set(existing.map((o) => o.type?.code))
  const option = (name: string, code: string, description: string, amount: number) => ({
    name,
    price_type: "flat" as const,
    provider_id: "manual_manual",
    service_zone_id: zoneId,
    shipping_profile_id: setup.shippingProfileId,
    type: { label: name, description, code },
    prices: [
      { currency_code: UK_REGION.currency, amount },
      { region_id: regionId, amount },
    ],
    rules: [
      { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
      { attribute: "is_return", value: "false", operator: "eq" as const },
    ],
  })
  const missing = [
    option("Standard", "standard", "Delivered in 4-6 working days.", 5.9),
    option("Express", "express", "Delivered in 2 working days.", 14.9),
  ].filter((o) => !present.has(o.type.code))
  if (missing.length) await createShippingOptionsWorkflow(container).run({ input: missing })
  return present.size + missing.length
}

/** A GBP price on each demo catalog variant that has none, from its EUR price. Returns how many were added. */
async function ensurePrices(container: MedusaContainer): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const handles = catalog.flatMap((c) => c.products.map(([title]) => toHandle(title)))
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["variants.price_set.id", "variants.price_set.prices.currency_code", "variants.price_set.prices.amount"],
    filters: { handle: handles },
  })
  const variants = products.flatMap((p) => (p.variants ?? []).flatMap((v) => (v?.price_set ? [v.price_set] : [])))
  const missing = variants.flatMap((priceSet) => {
    const prices = (priceSet.prices ?? []).flatMap((p) => (p ? [p] : []))
    const eur = prices.find((p) => p.currency_code === "eur")
    if (!eur || prices.some((p) => p.currency_code === UK_REGION.currency)) return []
    const amount = toGbp(Number(eur.amount))
    return [{ priceSetId: priceSet.id, prices: [{ currency_code: UK_REGION.currency, amount }] }]
  })
  // One call, one transaction: a run that fails adds none, and the next one adds them all.
  if (missing.length) await container.resolve(Modules.PRICING).addPrices(missing)
  return missing.length
}
