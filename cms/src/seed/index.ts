// `npm run seed`: demo content for a migrated database.
import { getPayload } from 'payload'

import config from '../payload.config'
import { seed } from './seed'

try {
  await seed(await getPayload({ config }))
  console.log('seed: done')
  process.exit(0)
} catch (error) {
  console.error('seed: failed', error)
  process.exit(1)
}
