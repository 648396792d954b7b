import { createHash } from "node:crypto"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"
import { Locale, toLocale } from "../../../notifications"
import { links } from "../../notification/links"
import { Notice } from "../../notification/notice"

export type AccountNoticeInput =
  | {
      type: "email_verification"
      auth_identity_id: string
      entity_id: string
      entity_type: string
      code: string
      expires_at: string | Date
      metadata?: Record<string, unknown>
    }
  | { type: "password_reset"; entity_id: string; actor_type: string; token: string; metadata?: Record<string, unknown> }

type Identity = { id: string; app_metadata: Record<string, unknown> | null; provider_identities?: { provider: string; entity_id: string }[] }
type Person = { actor: "customer" | "seller" | "user"; name: string | null; locale: unknown }

const digest = (secret: string) => createHash("sha256").update(secret).digest("hex").slice(0, 24)
// Medusa's reset tokens live 15 minutes (generateResetPasswordTokenWorkflow).
const RESET_MINUTES = 15

/**
 * The e-mail with an account's verification link or password reset link. A verification is mailed only for the
 * identity's own sign-in address, so nobody can have Agora mail a link to an address of their choosing.
 */
export const accountNoticeStep = createStep("account-notice", async (input: AccountNoticeInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const identityOf = async (filters: Record<string, unknown>) =>
    (await query.graph({ entity: "auth_identity", fields: ["id", "app_metadata", "provider_identities.*"], filters })).data[0] as Identity | undefined

  if (input.type === "email_verification") {
    // Medusa answers a request for an address verified before with that verification and no code.
    if (input.entity_type !== "email" || !input.code) return new StepResponse<Notice[]>([])
    const identity = await identityOf({ id: input.auth_identity_id })
    const login = identity?.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
    if (!identity || !login || login.toLowerCase() !== input.entity_id.toLowerCase()) return new StepResponse<Notice[]>([])
    const person = await personOf(container, identity)
    if (person.actor === "user") return new StepResponse<Notice[]>([])
    // The account's language; a repeated request carries the metadata of the first (Medusa keeps the record).
    const locale = toLocale(person.locale ?? input.metadata?.locale)
    const path = person.actor === "seller" ? "/sell/verify-email" : "/verify-email"
    const hours = Math.max(1, Math.round((new Date(input.expires_at).getTime() - Date.now()) / 3_600_000))
    return new StepResponse<Notice[]>([
      notice("email_verification", locale, login, { name: person.name, url: links.page(locale, `${path}?code=${encodeURIComponent(input.code)}`), expires_hours: hours }, `email_verification:${identity.id}:${digest(input.code)}`, identity.id),
    ])
  }

  const identity = await identityOf({ provider_identities: { entity_id: input.entity_id, provider: "emailpass" } })
  const person = identity ? await personOf(container, identity) : { actor: input.actor_type, name: null, locale: null }
  const locale = toLocale(input.metadata?.locale ?? person.locale)
  const params = `?token=${encodeURIComponent(input.token)}&email=${encodeURIComponent(input.entity_id)}`
  const url =
    input.actor_type === "user"
      ? links.admin(`/reset-password${params}`)
      : links.page(locale, `${input.actor_type === "seller" ? "/sell" : "/account"}/reset-password${params}`)
  return new StepResponse<Notice[]>([
    notice("password_reset", locale, input.entity_id, { url, expires_minutes: RESET_MINUTES }, `password_reset:${digest(input.token)}`, identity?.id ?? input.entity_id),
  ])
})

function notice(type: Notice["type"], locale: Locale, email: string, data: Record<string, unknown>, key: string, identityId: string): Notice {
  return { type, locale, email, recipient_id: null, data, key, resource: { id: identityId, type: "auth_identity" } }
}

/** Who an identity signs in as, with a name to greet and a stored language. */
async function personOf(container: { resolve: <T>(key: string) => T }, identity: Identity): Promise<Person> {
  const meta = identity.app_metadata ?? {}
  if (typeof meta.customer_id === "string") {
    const query = container.resolve<{ graph: (q: object) => Promise<{ data: unknown[] }> }>(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "customer", fields: ["first_name", "metadata"], filters: { id: meta.customer_id } })
    const customer = data[0] as { first_name: string | null; metadata: Record<string, unknown> | null } | undefined
    return { actor: "customer", name: customer?.first_name ?? null, locale: customer?.metadata?.locale }
  }
  if (typeof meta.seller_id === "string") {
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    const [member] = await sellers.listSellerMembers({ id: meta.seller_id }, { take: 1 })
    const seller = member ? await sellers.retrieveSeller(member.seller_id) : null
    return { actor: "seller", name: seller?.name ?? null, locale: seller?.locale }
  }
  return { actor: typeof meta.user_id === "string" ? "user" : "customer", name: null, locale: null }
}
