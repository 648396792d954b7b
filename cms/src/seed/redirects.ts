import type { Payload } from 'payload'

import { redirects } from './content/redirects'

/** Creates each seeded redirect missing by its `from`, or brings it back to the seeded target. */
export async function seedRedirects(payload: Payload): Promise<void> {
  const context = { disableRevalidate: true }
  for (const redirect of redirects) {
    const { docs } = await payload.find({ collection: 'redirects', where: { from: { equals: redirect.from } }, limit: 1, depth: 0 })
    if (docs[0]) await payload.update({ collection: 'redirects', id: docs[0].id, data: redirect, context })
    else await payload.create({ collection: 'redirects', data: redirect, context })
  }
  console.log(`seed: redirects ${redirects.map((r) => `${r.from} -> ${r.to}`).join(', ')}`)
}
