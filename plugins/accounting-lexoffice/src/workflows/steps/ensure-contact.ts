import { ILockingModule } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LexofficeContactBody } from "../../lib/client"
import { SyncOrder } from "./load-order"
import { lexofficeOf } from "./service"

/**
 * The Lexoffice customer the order's invoice goes to, found by the order's e-mail address or created:
 * a company when the billing address names one, else a person. Null for an order without an e-mail
 * address (its invoice is addressed to the billing address only). A contact is never undone: one
 * created by an attempt that failed later is found again by the next.
 */
export const ensureContactStep = createStep("ensure-lexoffice-contact", async (order: SyncOrder, { container }) => {
  const { client } = lexofficeOf(container)
  const email = order.email?.trim()
  if (!email) return new StepResponse<string | null>(null)
  // Two orders of one new customer at once would each find no contact and create one: one at a time.
  const locking = container.resolve<ILockingModule>(Modules.LOCKING)
  const id = await locking.execute(
    `lexoffice:contact:${email.toLowerCase()}`,
    async () => {
      const [found] = await client.findContactsByEmail(email)
      return found?.id ?? (await client.createContact(contactFor(order, email))).id
    },
    { timeout: 30 }
  )
  return new StepResponse<string | null>(id)
})

function contactFor(order: SyncOrder, email: string): LexofficeContactBody {
  const address = order.billing_address
  const company = address?.company?.trim()
  const vatId = stringOf(address?.metadata?.vat_id) ?? stringOf(order.metadata?.vat_id)
  const firstName = address?.first_name?.trim() || undefined
  const lastName = address?.last_name?.trim() || firstName || email
  const billing = address?.country_code
    ? [
        {
          street: address.address_1?.trim() || undefined,
          zip: address.postal_code?.trim() || undefined,
          city: address.city?.trim() || undefined,
          countryCode: address.country_code.toUpperCase(),
        },
      ]
    : undefined
  return {
    version: 0,
    roles: { customer: {} },
    ...(company
      ? { company: { name: company, ...(vatId ? { vatRegistrationId: vatId } : {}) }, emailAddresses: { business: [email] } }
      : { person: { ...(firstName && lastName !== firstName ? { firstName } : {}), lastName }, emailAddresses: { private: [email] } }),
    ...(billing ? { addresses: { billing } } : {}),
  }
}

function stringOf(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value.trim() : undefined
}
