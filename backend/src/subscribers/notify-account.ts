import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyAccountWorkflow } from "../workflows/account"

type AccountEvent = {
  entity_id: string
  entity_type?: string
  auth_identity_id?: string
  code?: string
  expires_at?: string
  actor_type?: string
  token?: string
  metadata?: Record<string, unknown>
}

// Verification codes and password reset tokens reach their account by e-mail.
export default async function notifyAccount({ event, container }: SubscriberArgs<AccountEvent>) {
  const d = event.data
  const input =
    event.name === "auth.verification_requested"
      ? { type: "email_verification" as const, auth_identity_id: d.auth_identity_id!, entity_id: d.entity_id, entity_type: d.entity_type!, code: d.code!, expires_at: d.expires_at!, metadata: d.metadata }
      : { type: "password_reset" as const, entity_id: d.entity_id, actor_type: d.actor_type!, token: d.token!, metadata: d.metadata }
  await notifyAccountWorkflow(container).run({ input })
}

export const config: SubscriberConfig = { event: ["auth.verification_requested", "auth.password_reset"] }
