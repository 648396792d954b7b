import { z } from "@medusajs/framework/zod"

const isTest = process.env.NODE_ENV === "test"
// `medusa build` loads this config but never connects to the database.
const isBuild = process.argv[2] === "build"
const isProduction = process.env.NODE_ENV === "production"

const url = z.string().url()
// Blank counts as unset: .env.example and docker-compose.yml list these variables empty.
const optional = z
  .string()
  .optional()
  .transform((v) => v?.trim() || undefined)
const origins = z
  .string()
  .regex(/^https?:\/\/[^,\s]+(,https?:\/\/[^,\s]+)*$/, "expected comma-separated http(s) origins")
// Dev, test and the build get fixed secrets so that `npm start` works out of the box; a production
// server must set its own.
const secret = isProduction && !isBuild ? z.string().min(16) : z.string().min(1).default("agora-dev-secret")

const schema = z.object({
  // The integration-test runner supplies its own database and the build needs none.
  DATABASE_URL: isTest || isBuild ? url.optional() : url,
  REDIS_URL: url.optional(),
  MEDUSA_WORKER_MODE: z.enum(["shared", "worker", "server"]).default("shared"),
  MEDUSA_BACKEND_URL: url.default("http://localhost:9000"),
  STORE_CORS: origins.default("http://localhost:8000"),
  ADMIN_CORS: origins.default("http://localhost:9000"),
  AUTH_CORS: origins.default("http://localhost:8000,http://localhost:9000"),
  JWT_SECRET: secret,
  COOKIE_SECRET: secret,
  // Percent of item totals the platform keeps from each seller unless the seller has its own rate.
  COMMISSION_RATE: z.coerce.number().min(0).max(100).default(10),
  // Words post captions may not contain (comma-separated, whole words, any case); empty filters nothing.
  SOCIAL_BLOCKED_WORDS: z
    .string()
    .default("")
    .transform((v) => v.split(",").map((w) => w.trim()).filter(Boolean)),
  // reject: such a post is refused with a 400; mask: the words are stored as asterisks.
  SOCIAL_WORD_FILTER_MODE: z.enum(["reject", "mask"]).default("reject"),
  // Feeds: entries kept per following timeline; authors with more followers are merged in at read
  // time instead of fanned out; followers written per fan-out transaction.
  FEED_TIMELINE_CAP: z.coerce.number().int().min(1).default(800),
  FEED_FANOUT_THRESHOLD: z.coerce.number().int().min(0).default(10_000),
  FEED_FANOUT_BATCH: z.coerce.number().int().min(1).max(10_000).default(1_000),
  // Explore ranking: hours for engagement to count half, and what each kind of engagement is worth,
  // e.g. "like=1,comment=2,product_click=3,purchase=8" (names left out keep their default).
  FEED_HALF_LIFE_HOURS: z.coerce.number().positive().default(12),
  FEED_WEIGHTS: z
    .string()
    .default("")
    .refine((v) => v === "" || /^(like|comment|product_click|purchase)=\d+(\.\d+)?(,(like|comment|product_click|purchase)=\d+(\.\d+)?)*$/.test(v), {
      message: 'expected e.g. "like=1,comment=2,product_click=3,purchase=8"',
    })
    .transform((v) => Object.fromEntries(v.split(",").filter(Boolean).map((pair) => [pair.split("=")[0], Number(pair.split("=")[1])]))),
  // Days a post counts towards trending hashtags.
  FEED_TRENDING_DAYS: z.coerce.number().int().min(1).default(7),
  // Viva Wallet Smart Checkout: set VIVA_CLIENT_ID to offer it; the other credentials are then required.
  // VIVA_ENVIRONMENT is demo, live or the base URL of a Viva-compatible server (the fake one in fakes/).
  VIVA_CLIENT_ID: optional,
  VIVA_CLIENT_SECRET: optional,
  VIVA_MERCHANT_ID: optional,
  VIVA_API_KEY: optional,
  VIVA_SOURCE_CODE: optional,
  VIVA_ENVIRONMENT: z.union([z.enum(["demo", "live"]), url]).default("demo"),
  // Stripe: set STRIPE_API_KEY to offer it; its webhook signing secret is then required.
  STRIPE_API_KEY: optional,
  STRIPE_WEBHOOK_SECRET: optional,
  // Lexoffice (Lexware Office) accounting: set LEXOFFICE_API_KEY to invoice orders there. The base URL
  // may point at a Lexoffice-compatible server (the fake one in fakes/). Webhooks are accepted only with
  // Lexware's public key (PEM); LEXOFFICE_WEBHOOK_URL (this backend's /hooks/lexoffice, public) is
  // subscribed on start.
  LEXOFFICE_API_KEY: optional,
  LEXOFFICE_BASE_URL: url.default("https://api.lexware.io"),
  LEXOFFICE_WEBHOOK_PUBLIC_KEY: optional,
  LEXOFFICE_WEBHOOK_URL: z.preprocess((v) => (typeof v === "string" && !v.trim() ? undefined : v), url.optional()),
  // order.placed: invoice when the order is placed; payment.captured: when its payment is captured.
  LEXOFFICE_TRIGGER: z.enum(["order.placed", "payment.captured"]).default("order.placed"),
  // Attempts before a sync is dead (an operator retries it from the Finance page).
  LEXOFFICE_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(8),
  LEXOFFICE_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  // The storefront's base URL and the secret its /api/revalidate checks: with both, catalog changes drop the
  // storefront's cached reads at once (src/lib/storefront-revalidate.ts); without, they expire on their own.
  STOREFRONT_URL: z.preprocess((v) => (typeof v === "string" && !v.trim() ? undefined : v), url.optional()),
  REVALIDATE_SECRET: optional,
  // The shop's public address for links in e-mails, when STOREFRONT_URL is an internal one (docker compose).
  STOREFRONT_PUBLIC_URL: z.preprocess((v) => (typeof v === "string" && !v.trim() ? undefined : v), url.optional()),
  // E-mail: SMTP server URL (smtp://user:pass@host:587, smtps://… for TLS from the start). Without it
  // e-mails are only logged. `npm start` runs the fake SMTP server in fakes/ and sets it.
  SMTP_URL: z.preprocess((v) => (typeof v === "string" && !v.trim() ? undefined : v), z.string().regex(/^smtps?:\/\/[^\s]+$/, "expected smtp://host:port or smtps://host:port").optional()),
  MAIL_FROM: z.string().min(3).default("Agora <no-reply@agora.local>"),
  // Hours an e-mail verification link stays valid.
  EMAIL_VERIFICATION_TTL_HOURS: z.coerce.number().positive().default(24),
  // Operator alerts (critical errors) go to this Slack or Discord incoming-webhook URL; the same alert
  // is sent once per ALERT_DEDUP_SECONDS, and at most ALERT_MAX_PER_MINUTE alerts go out per minute.
  ALERT_WEBHOOK_URL: z.preprocess((v) => (typeof v === "string" && !v.trim() ? undefined : v), url.optional()),
  ALERT_DEDUP_SECONDS: z.coerce.number().int().min(1).default(600),
  ALERT_MAX_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  // Sign-in, registration, password reset and verification: requests per minute from one IP address
  // (per kind of request), and failed attempts per 15 minutes at one account from one IP address.
  AUTH_RATE_LIMIT_PER_IP: z.coerce.number().int().min(1).default(30),
  AUTH_RATE_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
  DISABLE_ADMIN: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
})

const required = (names: string[], when: string) => (env: Record<string, unknown>, ctx: z.RefinementCtx) => {
  if (!env[when]) return
  for (const name of names) {
    if (!env[name]) ctx.addIssue({ code: "custom", path: [name], message: `is required with ${when}`, params: { missing: true } })
  }
}

const checked = schema
  .superRefine(required(["VIVA_CLIENT_SECRET", "VIVA_MERCHANT_ID", "VIVA_API_KEY"], "VIVA_CLIENT_ID"))
  .superRefine(required(["STRIPE_WEBHOOK_SECRET"], "STRIPE_API_KEY"))

export type Env = z.infer<typeof schema>

/** Reads and validates the backend's environment; a bad value stops the process with one line naming it. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = checked.safeParse(source)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const name = String(issue.path[0])
  const message =
    issue.code === "custom" && issue.params?.missing ? issue.message : source[name] === undefined ? "is required" : `is invalid: ${issue.message}`
  console.error(`[backend] environment variable ${name} ${message} (see backend/.env.example)`)
  process.exit(1)
}
