import type { HttpTypes } from "@medusajs/types"
import type { Metadata } from "next"
import Link from "next/link"
import { notFound, redirect } from "next/navigation"
import type { ReactNode } from "react"

import { addressLines, countryNamer } from "@/lib/account/address-lines"
import { ADDRESS_FIELDS } from "@/lib/checkout/address"
import { currentStep, steps, supportedProviders, type CheckoutError, type Step } from "@/lib/checkout/steps"
import { listPaymentProviders, listShippingOptions, retrieveCheckoutCart } from "@/lib/data/checkout-reads"
import { getCartId } from "@/lib/data/cookies"
import { retrieveCustomer } from "@/lib/data/customer-reads"
import { sellersOfProducts } from "@/lib/data/products"
import { listCountries } from "@/lib/data/regions"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import AddressForm, { type SavedAddress } from "@/modules/checkout/components/address-form"
import CheckoutSummary from "@/modules/checkout/components/checkout-summary"
import PaymentForm from "@/modules/checkout/components/payment-form"
import ShippingForm from "@/modules/checkout/components/shipping-form"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ step?: string; error?: string }>
}

const errors: CheckoutError[] = ["declined", "outOfStock", "expired", "busy", "failed"]

export async function generateMetadata({ params }: Omit<Props, "searchParams">): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getDictionary(locale).checkout.title, robots: { index: false } } : {}
}

// The cart's saved e-mail and addresses as the form's field names.
function formValues(cart: HttpTypes.StoreCart): Record<string, string> {
  const values: Record<string, string> = { email: cart.email ?? "" }
  for (const [prefix, address] of [
    ["shipping", cart.shipping_address],
    ["billing", cart.billing_address],
  ] as const) {
    for (const [key, value] of Object.entries(address ?? {})) {
      if (typeof value === "string") values[`${prefix}.${key}`] = value
    }
  }
  return values
}

// A signed-in customer's address book as shipping values, the default shipping address first.
function savedAddresses(customer: HttpTypes.StoreCustomer | null, countryName: (code: string) => string): SavedAddress[] {
  const addresses = [...(customer?.addresses ?? [])].sort((a, b) => Number(b.is_default_shipping) - Number(a.is_default_shipping))
  return addresses.map((address) => ({
    id: address.id,
    label: addressLines(address, countryName).join(", "),
    values: Object.fromEntries(
      ADDRESS_FIELDS.map((field) => [`shipping.${field}`, String(address[field] ?? "")])
    ),
  }))
}

const sameAddress = (a?: HttpTypes.StoreCartAddress | null, b?: HttpTypes.StoreCartAddress | null) =>
  !b || ["first_name", "last_name", "address_1", "postal_code", "city", "country_code"].every((key) => a?.[key as "city"] === b[key as "city"])

/**
 * The checkout: one page, three steps (address, delivery, payment). Each finished step shows what was
 * chosen with a link to change it; the summary beside it groups the items by seller.
 */
export default async function CheckoutPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { step: requested, error } = await searchParams
  const t = getDictionary(locale).checkout
  const cartId = await getCartId()
  const cart = cartId ? await retrieveCheckoutCart(cartId) : null
  if (!cart || cart.completed_at || !cart.items?.length) redirect(`/${locale}/cart`)

  const step = currentStep(cart, requested)
  const [countries, sellers, options, providers, customer] = await Promise.all([
    listCountries(locale, cart.region_id),
    sellersOfProducts(cart.items.map((item) => item.product_id).filter((id): id is string => Boolean(id))),
    step === "delivery" ? listShippingOptions(cart.id) : Promise.resolve([]),
    step === "payment" ? listPaymentProviders(cart.region_id!).then(supportedProviders) : Promise.resolve([]),
    step === "address" ? retrieveCustomer() : Promise.resolve(null),
  ])
  const address = cart.shipping_address
  const method = cart.shipping_methods?.[0]
  const done = (s: Step) => steps.indexOf(s) < steps.indexOf(step)

  const heading = (s: Step, summary?: ReactNode) => (
    <header className="checkout__step-header">
      <h2 id={`step-${s}`}>
        {steps.indexOf(s) + 1}. {t.steps[s]}
      </h2>
      {done(s) && (
        <Link href={`/${locale}/checkout?step=${s}`} aria-describedby={`step-${s}`}>
          {t.edit}
        </Link>
      )}
      {done(s) && summary}
    </header>
  )

  return (
    <div className="checkout">
      <h1>{t.title}</h1>
      <ol className="checkout__progress" aria-label={t.steps.label}>
        {steps.map((s) => (
          <li key={s} aria-current={s === step ? "step" : undefined} className={done(s) ? "is-done" : undefined}>
            {t.steps[s]}
          </li>
        ))}
      </ol>
      <div className="checkout__layout">
        <div className="checkout__steps">
          <section aria-labelledby="step-address" className="checkout__step">
            {heading(
              "address",
              <p className="checkout__chosen" data-testid="chosen-address">
                {cart.email}
                <br />
                {address?.first_name} {address?.last_name}, {address?.address_1}, {address?.postal_code} {address?.city},{" "}
                {address?.country_code?.toUpperCase()}
              </p>
            )}
            {step === "address" && (
              <AddressForm
                locale={locale}
                countries={countries}
                initial={formValues(cart)}
                saved={savedAddresses(customer, countryNamer(countries))}
                sameAsBilling={sameAddress(cart.shipping_address, cart.billing_address)}
                t={t}
              />
            )}
          </section>
          <section aria-labelledby="step-delivery" className="checkout__step">
            {heading("delivery", method && <p className="checkout__chosen">{method.name}</p>)}
            {step === "delivery" && (
              <ShippingForm
                locale={locale}
                options={options}
                selected={method?.shipping_option_id ?? undefined}
                currencyCode={cart.currency_code}
                invalid={error === "option"}
                t={t}
              />
            )}
          </section>
          <section aria-labelledby="step-payment" className="checkout__step">
            {heading("payment")}
            {step === "payment" && (
              <PaymentForm
                locale={locale}
                providers={providers}
                error={errors.find((e) => e === error)}
                t={t}
              />
            )}
          </section>
          <Link href={`/${locale}/cart`}>{t.backToCart}</Link>
        </div>
        <CheckoutSummary cart={cart} sellers={sellers} locale={locale} t={t} totals={getDictionary(locale).cart.totals} />
      </div>
    </div>
  )
}
