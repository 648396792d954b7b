import { Forbidden, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../payload'

import type { User } from '@/payload-types'

describe('access control', () => {
  const run = Date.now()
  const slug = `access-${run}`
  let payload: Payload
  let editor: User
  let other: User

  const createUser = async (name: string): Promise<User> => ({
    ...(await payload.create({
      collection: 'users',
      data: { email: `${name}-${run}@agora.test`, password: 'test-password', name },
    })),
    collection: 'users',
  })

  beforeAll(async () => {
    payload = await testPayload()
    editor = await createUser('editor')
    other = await createUser('other')
  })

  afterAll(async () => {
    await payload.delete({ collection: 'pages', where: { slug: { equals: slug } } })
    await payload.delete({ collection: 'users', where: { id: { in: [editor.id, other.id] } } })
    await payload.db.destroy?.()
  })

  it('lets anyone read pages', async () => {
    const result = await payload.find({ collection: 'pages', overrideAccess: false })
    expect(Array.isArray(result.docs)).toBe(true)
  })

  it('forbids anonymous writes', async () => {
    await expect(
      payload.create({ collection: 'pages', overrideAccess: false, data: { title: 'Nope', slug } }),
    ).rejects.toBeInstanceOf(Forbidden)
  })

  it('lets a logged-in user create pages', async () => {
    const page = await payload.create({
      collection: 'pages',
      overrideAccess: false,
      user: editor,
      data: { title: 'Editor page', slug },
    })
    expect(page.slug).toBe(slug)
  })

  it('lets users change only their own account', async () => {
    const self = await payload.update({
      collection: 'users',
      id: editor.id,
      overrideAccess: false,
      user: editor,
      data: { name: 'Renamed' },
    })
    expect(self.name).toBe('Renamed')

    await expect(
      payload.update({ collection: 'users', id: other.id, overrideAccess: false, user: editor, data: { name: 'Hijacked' } }),
    ).rejects.toBeInstanceOf(Forbidden)
    await expect(
      payload.find({ collection: 'users', overrideAccess: false }),
    ).rejects.toBeInstanceOf(Forbidden)
  })
})
