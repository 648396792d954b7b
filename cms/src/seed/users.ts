import type { Payload } from 'payload'

import { context } from './upsert'

const admin = {
  email: process.env.CMS_ADMIN_EMAIL || 'admin@agora.local',
  password: process.env.CMS_ADMIN_PASSWORD || 'agora-admin',
}

const editor = {
  email: process.env.CMS_EDITOR_EMAIL || 'editor@agora.local',
  password: process.env.CMS_EDITOR_PASSWORD || 'agora-editor',
}

const findUser = async (payload: Payload, email: string) =>
  (await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0 }))
    .docs[0]

/**
 * The admin is created only on an empty CMS (a default password must not appear next to real
 * accounts); an existing admin account keeps its password but is given back the `admin` role. The
 * editor is demo content: created once, never overwritten.
 */
export async function seedUsers(payload: Payload): Promise<void> {
  const existing = await findUser(payload, admin.email)
  if (existing) {
    if (existing.role !== 'admin') {
      await payload.update({ collection: 'users', id: existing.id, data: { role: 'admin' }, context })
      console.log(`seed: ${admin.email} is an admin again`)
    }
  } else if ((await payload.count({ collection: 'users' })).totalDocs === 0) {
    await payload.create({ collection: 'users', data: { ...admin, name: 'Admin', role: 'admin' }, context })
    console.log(`seed: created admin ${admin.email}`)
  } else {
    console.log('seed: other users exist, no admin created')
  }

  if (!(await findUser(payload, editor.email))) {
    await payload.create({ collection: 'users', data: { ...editor, name: 'Editor', role: 'editor' }, context })
    console.log(`seed: created editor ${editor.email}`)
  }
}
