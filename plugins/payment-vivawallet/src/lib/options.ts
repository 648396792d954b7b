import { z } from "@medusajs/framework/zod"

const required = z
  .string({ error: (issue) => (issue.input === undefined ? "Required" : "must be a string") })
  .trim()
  .min(1, "must not be empty")

const environment = z
  .string()
  .trim()
  .refine((value) => value === "demo" || value === "live" || isHttpUrl(value), 'must be "demo", "live" or an http(s) base URL')

// Not strict: Medusa adds keys of its own to the options of every module and provider it loads.
const schema = z.object({
  /** Smart Checkout credentials (OAuth): orders and transactions. */
  client_id: required,
  client_secret: required,
  /** Merchant ID and API key (Basic auth): cancels, captures, refunds and the webhook key. */
  merchant_id: required,
  api_key: required,
  /** The payment source orders are created for (its success/failure URLs apply); Viva's default when absent. */
  source_code: z
    .string()
    .regex(/^(\d{4}|Default)$/, 'must be 4 digits or "Default"')
    .optional(),
  /** "demo", "live", or one base URL playing every Viva host (a fake server in tests and the local demo). */
  environment: environment.default("demo"),
  /** Reserve the amount at payment and capture it when Medusa captures; by default Viva captures at payment. */
  preauth: z.boolean().default(false),
  /** Seconds the shopper has to pay an order on Viva's page. */
  payment_timeout: z.number().int().positive().default(1800),
  /** Per request to Viva. */
  timeout_ms: z.number().int().positive().default(10_000),
  /** The id the provider is registered with in the payment module (`pp_vivawallet_<id>`); webhooks go to it. */
  provider_id: z.string().trim().min(1).default("vivawallet"),
})

export type VivaOptions = z.infer<typeof schema>

/** The plugin's options from medusa-config; bad options stop the start with one line naming them. */
export function parseOptions(options: unknown): VivaOptions {
  const parsed = schema.safeParse(options ?? {})
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "options"}: ${i.message}`)
  throw new Error(`@agora/payment-vivawallet: invalid options: ${problems.join("; ")}`)
}

export type VivaHosts = {
  /** OAuth token endpoint. */
  accounts: string
  /** OAuth API: orders and transactions. */
  api: string
  /** Basic-auth API and the hosted checkout page. */
  www: string
}

/** The base URLs of Viva's three hosts for an environment. */
export function hosts(environment: VivaOptions["environment"]): VivaHosts {
  if (environment === "demo") {
    return {
      accounts: "https://demo-accounts.vivapayments.com",
      api: "https://demo-api.vivapayments.com",
      www: "https://demo.vivapayments.com",
    }
  }
  if (environment === "live") {
    return {
      accounts: "https://accounts.vivapayments.com",
      api: "https://api.vivapayments.com",
      www: "https://www.vivapayments.com",
    }
  }
  const base = environment.replace(/\/+$/, "")
  return { accounts: base, api: base, www: base }
}

function isHttpUrl(value: string) {
  try {
    return ["http:", "https:"].includes(new URL(value).protocol)
  } catch {
    return false
  }
}
