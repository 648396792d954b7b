import path from "node:path"
import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { readEnv } from "./src/env"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const env = readEnv()

// With REDIS_URL the event bus, workflow engine, locks and cache live in Redis so that servers and
// workers can share them; without it Medusa's in-process modules are used.
const redisModules = env.REDIS_URL
  ? [
      {
        key: Modules.EVENT_BUS,
        resolve: "@medusajs/medusa/event-bus-redis",
        options: { redisUrl: env.REDIS_URL },
      },
      {
        key: Modules.WORKFLOW_ENGINE,
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl: env.REDIS_URL } },
      },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          // With Medusa's defaults (wait 5 s, retry at most every second) most of a burst of checkouts of
          // one item time out reserving its stock (17 of 20 here), and a waiter that times out holding one
          // of several keys leaves that key locked for a minute. Waiting longer and retrying sooner makes
          // such timeouts rare. The Redis provider reads these from the module's options, not its own.
          waitLockingTimeout: 30,
          maximumRetryInterval: 100,
          providers: [
            {
              id: "locking-redis",
              resolve: "@medusajs/medusa/locking-redis",
              is_default: true,
              options: { redisUrl: env.REDIS_URL },
            },
          ],
        },
      },
      {
        key: Modules.CACHING,
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [
            {
              id: "caching-redis",
              resolve: "@medusajs/medusa/caching-redis",
              is_default: true,
              options: { redisUrl: env.REDIS_URL },
            },
          ],
        },
      },
    ]
  : []

// Payment providers besides Medusa's system provider (pp_system_default), each when configured.
// The Viva Wallet plugin's webhook route (/hooks/vivawallet) takes the same options as its provider.
const viva = env.VIVA_CLIENT_ID
  ? {
      client_id: env.VIVA_CLIENT_ID,
      client_secret: env.VIVA_CLIENT_SECRET,
      merchant_id: env.VIVA_MERCHANT_ID,
      api_key: env.VIVA_API_KEY,
      source_code: env.VIVA_SOURCE_CODE,
      environment: env.VIVA_ENVIRONMENT,
    }
  : null
const paymentProviders = [
  ...(viva ? [{ resolve: "@agora/payment-vivawallet/providers/vivawallet", id: "vivawallet", options: viva }] : []),
  ...(env.STRIPE_API_KEY
    ? [
        {
          resolve: "@medusajs/medusa/payment-stripe",
          id: "stripe",
          options: { apiKey: env.STRIPE_API_KEY, webhookSecret: env.STRIPE_WEBHOOK_SECRET },
        },
      ]
    : []),
]

// Lexoffice accounting (plugins/accounting-lexoffice) when LEXOFFICE_API_KEY is set. `medusa build`
// bundles the admin extensions of the plugins registered at build time, so the build always registers
// it: the Finance page is in the admin when a key is set later. PEM keys in environment variables
// usually carry "\n" for their line breaks.
const isBuild = process.argv[2] === "build"
const lexoffice =
  env.LEXOFFICE_API_KEY || isBuild
    ? {
        api_key: env.LEXOFFICE_API_KEY ?? "set-at-run-time",
        base_url: env.LEXOFFICE_BASE_URL,
        webhook_public_key: env.LEXOFFICE_WEBHOOK_PUBLIC_KEY?.replace(/\\n/g, "\n"),
        webhook_url: env.LEXOFFICE_WEBHOOK_URL,
        trigger: env.LEXOFFICE_TRIGGER,
        max_attempts: env.LEXOFFICE_MAX_ATTEMPTS,
        timeout_ms: env.LEXOFFICE_TIMEOUT_MS,
        redis_url: env.REDIS_URL,
      }
    : null

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    workerMode: env.MEDUSA_WORKER_MODE,
    http: {
      storeCors: env.STORE_CORS,
      adminCors: env.ADMIN_CORS,
      authCors: env.AUTH_CORS,
      jwtSecret: env.JWT_SECRET,
      // Sellers sign in with e-mail and password, as the auth routes /auth/seller/emailpass[/register].
      authMethodsPerActor: { seller: ["emailpass"] },
      cookieSecret: env.COOKIE_SECRET,
    },
    // Production marks the session cookie Secure; over plain http (the local demo) browsers may drop it,
    // which breaks the admin login, so Secure is only asked for when the public URL is https.
    cookieOptions: env.MEDUSA_BACKEND_URL.startsWith("https://") ? undefined : { secure: false },
  },
  admin: {
    disable: env.DISABLE_ADMIN,
    backendUrl: env.MEDUSA_BACKEND_URL,
  },
  plugins: [
    {
      resolve: "@agora/social-word-filter",
      options: { words: env.SOCIAL_BLOCKED_WORDS, mode: env.SOCIAL_WORD_FILTER_MODE },
    },
    ...(viva ? [{ resolve: "@agora/payment-vivawallet", options: viva }] : []),
    ...(lexoffice ? [{ resolve: "@agora/accounting-lexoffice", options: lexoffice }] : []),
  ],
  featureFlags: {
    caching: Boolean(env.REDIS_URL),
  },
  modules: [
    {
      resolve: "./src/modules/seller",
      options: { default_commission_rate: env.COMMISSION_RATE },
    },
    { resolve: "./src/modules/social" },
    { resolve: "./src/modules/review" },
    {
      resolve: "./src/modules/feed",
      options: {
        timeline_cap: env.FEED_TIMELINE_CAP,
        fan_out_threshold: env.FEED_FANOUT_THRESHOLD,
        fan_out_batch: env.FEED_FANOUT_BATCH,
        trending_days: env.FEED_TRENDING_DAYS,
        half_life: { hours: env.FEED_HALF_LIFE_HOURS, weights: env.FEED_WEIGHTS },
      },
    },
    {
      // Medusa's defaults, plus how long an e-mail verification link stays valid (its token verification).
      key: Modules.AUTH,
      resolve: "@medusajs/medusa/auth",
      options: {
        mfa: { encryption_key: process.env.AUTH_MFA_ENCRYPTION_KEY },
        providers: [{ resolve: "@medusajs/medusa/auth-emailpass", id: "emailpass" }],
        verification: { providers: [{ id: "token", options: { ttl_seconds: env.EMAIL_VERIFICATION_TTL_HOURS * 3600 } }] },
      },
    },
    { resolve: "./src/modules/inbox" },
    {
      key: Modules.NOTIFICATION,
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "./src/modules/smtp",
            id: "smtp",
            options: { channels: ["email"], url: env.SMTP_URL, from: env.MAIL_FROM },
          },
          { resolve: "./src/modules/in-app", id: "in-app", options: { channels: ["in_app"] } },
        ],
      },
    },
    {
      key: Modules.PAYMENT,
      resolve: "@medusajs/medusa/payment",
      options: { providers: paymentProviders },
    },
    {
      key: Modules.FILE,
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: {
              backend_url: `${env.MEDUSA_BACKEND_URL}/static`,
              // Private files (invoice PDFs) outside static/, which the backend serves to anyone.
              private_upload_dir: path.join(process.cwd(), "private"),
            },
          },
        ],
      },
    },
    ...redisModules,
  ],
})
