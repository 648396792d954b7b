import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

let app: MedusaContainer | undefined

/** The app whose accounts `verifyEmail` verifies; `seedShop` sets it. */
export function useContainer(container: MedusaContainer) {
  app = container
}

/** The auth identity a Medusa token was issued to. */
export function identityOf(token: string): string {
  return JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString()).auth_identity_id
}

/**
 * Verifies an identity's sign-in e-mail the way its link does (Medusa's token verification), without reading the
 * e-mail, for tests about something else. Registration requests a code of its own in the background: this waits
 * for it (a moment) and then replaces it, so the two do not create the record at once.
 */
export async function verifyEmail(authIdentityId: string, email: string) {
  if (!app) throw new Error("verifyEmail: call seedShop first")
  const auth = app.resolve(Modules.AUTH)
  const mine = { auth_identity_id: authIdentityId, entity_id: email, entity_type: "email" }
  for (let waited = 0; waited < 3_000 && !(await auth.listAuthVerifications(mine, { take: 1 })).length; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  for (let attempt = 0; ; attempt++) {
    const { code } = await auth.requestAuthVerification({ auth_identity_id: authIdentityId, entity_id: email, entity_type: "email", code_provider: "token" })
    if (!code) return
    try {
      await auth.confirmAuthVerification({ code })
      return
    } catch (error) {
      if (attempt >= 4) throw error
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}
