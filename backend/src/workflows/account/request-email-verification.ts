import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, requestVerificationWorkflow } from "@medusajs/medusa/core-flows"
import { VerificationTargetInput, verificationTargetStep } from "./steps/verification-target"

/**
 * Starts the verification of a new account's sign-in e-mail with Medusa's token verification, which emits
 * `auth.verification_requested` with the code; `notifyAccountWorkflow` mails the link. Run on registration;
 * the account asks again itself through `POST /auth/verification/request`.
 */
export const requestEmailVerificationWorkflow = createWorkflow("request-email-verification", (input: VerificationTargetInput) => {
  // Events may come twice at once; one at a time, the second finds the first's link and sends none.
  const key = transform({ input }, ({ input }) => `email-verification:${input.actor_type}:${input.actor_id}`)
  acquireLockStep({ key, timeout: 10, ttl: 30 })
  const target = verificationTargetStep(input)
  when({ target }, ({ target }) => target !== null).then(() => {
    requestVerificationWorkflow.runAsStep({
      input: transform({ target }, ({ target }) => ({
        auth_identity_id: target!.auth_identity_id,
        entity_id: target!.email,
        entity_type: "email",
        code_provider: "token",
        metadata: target!.metadata,
      })),
    })
  })
  releaseLockStep({ key })
  return new WorkflowResponse(target)
})
