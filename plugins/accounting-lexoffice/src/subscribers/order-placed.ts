import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { LEXOFFICE_MODULE } from "../modules/lexoffice"
import LexofficeModuleService from "../modules/lexoffice/service"
import { syncOrderInvoice } from "../workflows"

/** The order's invoice, when invoices are made for placed orders (`trigger: "order.placed"`, the default). */
export default async function lexofficeOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  if (container.resolve<LexofficeModuleService>(LEXOFFICE_MODULE).options.trigger !== "order.placed") return
  await syncOrderInvoice(container, event.data.id)
}

export const config: SubscriberConfig = { event: "order.placed" }
