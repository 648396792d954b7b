import { createPublicKey } from "node:crypto"
import { z } from "@medusajs/framework/zod"

const required = z
  .string({ error: (issue) => (issue.input === undefined ? "Required" : "must be a string") })
  .trim()
  .min(1, "must not be empty")

const url = (protocols: string[], message: string) =>
  z
    .string()
    .trim()
    .refine((value) => hasProtocol(value, protocols), message)

// Not strict: Medusa adds keys of its own to the options of every module it loads.
const schema = z.object({
  /** A Lexware Office public API key (Bearer). */
  api_key: required,
  /** Lexware's API host, or any http(s) URL playing it (the fake server in tests and the local demo). */
  base_url: url(["http:", "https:"], "must be an http(s) URL")
    .transform((value) => value.replace(/\/+$/, ""))
    .default("https://api.lexware.io"),
  /** Lexoffice allows 2 requests/second per API key, counted across every process using it. */
  rate_per_second: z.number().positive().default(2),
  /** Per request to Lexoffice. */
  timeout_ms: z.number().int().positive().default(10_000),
  /** Attempts of one request that Lexoffice keeps answering 429. */
  max_attempts: z.number().int().positive().default(8),
  /** Shares the rate limit between the server and worker processes; in-process only when absent. */
  redis_url: url(["redis:", "rediss:"], "must be a redis:// or rediss:// URL").optional(),
  /** The order event that creates the invoice. */
  trigger: z.enum(["order.placed", "payment.captured"]).default("order.placed"),
  /** PEM of the key webhooks are signed with (Lexware publishes it); webhooks are refused without it. */
  webhook_public_key: z
    .string()
    .refine(isPublicKey, "must be a PEM public key")
    .optional(),
  /** Public URL of the plugin's webhook route; subscriptions are (re-)registered for it on boot. */
  webhook_url: url(["http:", "https:"], "must be an http(s) URL").optional(),
  /** The unit of every line item on invoices and credit notes. */
  unit_name: z.string().trim().min(1).default("Stück"),
})

export type LexofficeOptions = z.infer<typeof schema>

/** The plugin's options from medusa-config; bad options stop the start with one line naming them. */
export function parseOptions(options: unknown): LexofficeOptions {
  const parsed = schema.safeParse(options ?? {})
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "options"}: ${i.message}`)
  throw new Error(`@agora/accounting-lexoffice: invalid options: ${problems.join("; ")}`)
}

function hasProtocol(value: string, protocols: string[]) {
  try {
    return protocols.includes(new URL(value).protocol)
  } catch {
    return false
  }
}

// A private key would parse too (its public half is derived), but has no place in the config.
function isPublicKey(pem: string) {
  if (pem.includes("PRIVATE KEY")) return false
  try {
    return createPublicKey(pem).type === "public"
  } catch {
    return false
  }
}
