import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { alertFailureWorkflow } from "../workflows/alert"
import { FailureEvent, LEXOFFICE_SYNC_DEAD, VIVAWALLET_WEBHOOK_FAILED } from "../workflows/alert/steps/describe-failure"

// Critical errors of the plugins become operator alerts, one per record or message and dedup window.
export default async function operatorAlerts({ event, container }: SubscriberArgs<FailureEvent["data"]>) {
  await alertFailureWorkflow(container).run({ input: { name: event.name, data: event.data } as FailureEvent })
}

export const config: SubscriberConfig = { event: [LEXOFFICE_SYNC_DEAD, VIVAWALLET_WEBHOOK_FAILED] }
