import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { LEXOFFICE_MODULE } from "../modules/lexoffice"
import LexofficeModuleService from "../modules/lexoffice/service"
import { orderOfPayment, syncOrderInvoice } from "../workflows"

/** The order's invoice once its payment is captured, when that is the trigger (`trigger: "payment.captured"`). */
export default async function lexofficePaymentCaptured({ event, container }: SubscriberArgs<{ id: string }>) {
  if (container.resolve<LexofficeModuleService>(LEXOFFICE_MODULE).options.trigger !== "payment.captured") return
  const orderId = await orderOfPayment(container, event.data.id)
  if (orderId) await syncOrderInvoice(container, orderId)
}

export const config: SubscriberConfig = { event: "payment.captured" }
