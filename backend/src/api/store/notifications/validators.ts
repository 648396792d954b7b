import { z } from "@medusajs/framework/zod"
import { NOTIFICATION_TYPES, NotificationType } from "../../../notifications"

export const CHANNELS = ["email", "in_app"] as const

/** What a customer receives: order and invoice notices (always) and social ones (optional). */
export const CUSTOMER_TYPES = (Object.keys(NOTIFICATION_TYPES) as NotificationType[]).filter(
  (t) => NOTIFICATION_TYPES[t].audience === "customer" && t !== "email_verification" && t !== "password_reset"
)

export const NotificationListQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(50).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type NotificationListQueryType = z.infer<typeof NotificationListQuery>

export const UpdatePreferences = z
  .object({
    preferences: z
      .array(
        z
          .object({
            type: z.enum(CUSTOMER_TYPES as [NotificationType, ...NotificationType[]]),
            channel: z.enum(CHANNELS),
            enabled: z.boolean(),
          })
          .strict()
      )
      .min(1)
      .max(CUSTOMER_TYPES.length * CHANNELS.length)
      .superRefine((list, ctx) => {
        list.forEach((p, i) => {
          if (!NOTIFICATION_TYPES[p.type].optional && !p.enabled) {
            ctx.addIssue({ code: "custom", path: [i, "type"], message: `${p.type} notifications are about your orders and cannot be turned off` })
          }
        })
      }),
  })
  .strict()
export type UpdatePreferencesType = z.infer<typeof UpdatePreferences>
