import { z } from "@medusajs/framework/zod"
import { httpUrl } from "../../validators"
import { SELLER_FULFILLMENT_STATUSES } from "../../../modules/seller/models/sub-order"

export const VendorListOrders = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    fulfillment_status: z
      .enum(SELLER_FULFILLMENT_STATUSES)
      .optional(),
  })
  .strict()
export type VendorListOrdersType = z.infer<typeof VendorListOrders>

export const VendorCreateFulfillment = z
  .object({
    items: z.array(z.object({ id: z.string().min(1), quantity: z.number().int().positive() }).strict()).min(1),
  })
  .strict()
export type VendorCreateFulfillmentType = z.infer<typeof VendorCreateFulfillment>

export const VendorCreateShipment = z
  .object({
    tracking_number: z.string().min(1).max(100),
    carrier: z.string().min(1).max(60),
    tracking_url: httpUrl("tracking_url").optional(),
  })
  .strict()
export type VendorCreateShipmentType = z.infer<typeof VendorCreateShipment>

