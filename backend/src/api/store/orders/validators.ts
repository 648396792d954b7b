import { z } from "@medusajs/framework/zod"

/** A guest's order lookup: the e-mail the order was placed with and its number (display id). */
export const OrderLookup = z
  .object({
    email: z.string().trim().toLowerCase().max(254, "email: too long").email("email: not a valid e-mail address"),
    display_id: z.coerce.number().int("display_id: a whole number").positive("display_id: a positive number"),
  })
  .strict()

export type OrderLookup = z.infer<typeof OrderLookup>
