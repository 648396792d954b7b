import { createCustomerAccountWorkflow, createUsersWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

// Demo logins for local development only; `npm start` prints them.
export const demoAdmin = { email: "admin@agora.local", password: "agora-admin" }
export const demoCustomer = {
  email: "customer@agora.local",
  password: "customer-demo",
  first_name: "Demo",
  last_name: "Customer",
}

type Log = (message: string) => void

/**
 * Registers an emailpass identity unless one exists, with its e-mail verified (demo accounts can post and be
 * approved at once); returns its id and whether it is new.
 */
export async function ensureIdentity(container: MedusaContainer, email: string, password: string) {
  const auth = container.resolve(Modules.AUTH)
  const [existing] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
  const identity = existing
    ? { id: existing.auth_identity_id!, created: false }
    : await auth.register("emailpass", { body: { email, password } }).then(({ authIdentity, error }) => {
        if (error || !authIdentity) throw new Error(`could not register ${email}: ${error}`)
        return { id: authIdentity.id, created: true }
      })
  // Medusa's token verification, confirmed at once; no code means the address was verified before.
  const { code } = await auth.requestAuthVerification({ auth_identity_id: identity.id, entity_id: email, entity_type: "email", code_provider: "token" })
  if (code) await auth.confirmAuthVerification({ code })
  return identity
}

/** The admin user and the demo customer; returns the admin's user id. */
export async function seedUsers(container: MedusaContainer, log: Log): Promise<{ adminUserId: string }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const auth = container.resolve(Modules.AUTH)

  const { data: admins } = await query.graph({ entity: "user", fields: ["id"], filters: { email: demoAdmin.email } })
  let adminUserId = admins[0]?.id
  if (!adminUserId) {
    const { result: users } = await createUsersWorkflow(container).run({
      input: { users: [{ email: demoAdmin.email }] },
    })
    adminUserId = users[0].id
    const identity = await ensureIdentity(container, demoAdmin.email, demoAdmin.password)
    await auth.updateAuthIdentities({ id: identity.id, app_metadata: { user_id: adminUserId } })
  }
  log(`admin user ${demoAdmin.email}`)

  const { data: customers } = await query.graph({
    entity: "customer",
    fields: ["id"],
    filters: { email: demoCustomer.email, has_account: true },
  })
  if (!customers[0]) {
    const identity = await ensureIdentity(container, demoCustomer.email, demoCustomer.password)
    const { email, first_name, last_name } = demoCustomer
    await createCustomerAccountWorkflow(container).run({
      input: { authIdentityId: identity.id, customerData: { email, first_name, last_name } },
    })
  }
  log(`customer ${demoCustomer.email}`)
  return { adminUserId }
}
