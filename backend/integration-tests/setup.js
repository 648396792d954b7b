// Each test file boots its own Medusa app; clear MikroORM's entity registry between them.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

// Every spec signs in and registers from 127.0.0.1, some dozens of times a minute; the auth rate limits are
// tested with their own values (http/security/rate-limit.spec.ts).
process.env.AUTH_RATE_LIMIT_PER_IP ??= "10000"
process.env.AUTH_RATE_LIMIT_PER_ACCOUNT ??= "10000"
