import { z } from "@medusajs/framework/zod"
import { httpUrl } from "../../validators"

export const StoreUpsertProfile = z
  .object({
    handle: z
      .string()
      .min(3)
      .max(30)
      .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, "handle: use lowercase letters, digits and single - or _"),
    display_name: z.string().trim().min(1).max(60),
    bio: z.string().max(300).nullish(),
    avatar_url: httpUrl("avatar_url").nullish(),
  })
  .partial()
  .strict()
export type StoreUpsertProfileType = z.infer<typeof StoreUpsertProfile>
