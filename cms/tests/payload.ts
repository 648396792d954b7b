import config from '@payload-config'
import { getPayload, type Migration, type Payload } from 'payload'

import { migrations } from '../src/migrations'

/**
 * The Local API on the test database, brought to the current schema with the committed migrations
 * (as production does; never a schema push). Already-applied migrations are skipped, so every test
 * file can call it. Through the Local API rather than the `payload migrate` CLI: spawned from vitest,
 * the CLI now and then exited 0 without migrating.
 */
export async function testPayload(): Promise<Payload> {
  const payload = await getPayload({ config })
  // migrate() types a migration's arguments as unknown; ours take the Postgres adapter's.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  return payload
}
