import { z } from "@medusajs/framework/zod"
import { httpUrl } from "../../validators"

const handle = z
  .string()
  .min(3)
  .max(40)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "handle: use lowercase letters, digits and single dashes")
const country = z.string().regex(/^[a-z]{2}$/, "country_code: use an ISO 3166-1 alpha-2 code in lowercase")
// IBAN: country, check digits, up to 30 alphanumerics; spaces are dropped before checking.
const iban = z
  .string()
  .transform((v) => v.replace(/\s+/g, "").toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/, "payout_iban: not a valid IBAN"))

const profile = {
  name: z.string().min(1).max(120),
  description: z.string().max(2000).nullish(),
  logo_url: httpUrl("logo_url").nullish(),
  email: z.string().email("email: not a valid e-mail address"),
  country_code: country,
  // The language of the seller's e-mails.
  locale: z.enum(["en", "de", "el"]).optional(),
}

export const VendorCreateSeller = z.object({ handle, ...profile }).strict()
export type VendorCreateSellerType = z.infer<typeof VendorCreateSeller>

export const VendorUpdateSeller = z
  .object({
    ...profile,
    payout_method: z.enum(["iban", "vivawallet"]).nullish(),
    payout_account_holder: z.string().min(1).max(120).nullish(),
    payout_iban: iban.nullish(),
    payout_vivawallet_merchant_id: z.string().uuid("payout_vivawallet_merchant_id: not a Viva Wallet merchant id (UUID)").nullish(),
  })
  .partial()
  .strict()
export type VendorUpdateSellerType = z.infer<typeof VendorUpdateSeller>
