import { Forbidden, handleEndpoints, type Payload, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../payload'

import type { User } from '@/payload-types'

// The seed's flag: these fixtures are no publish anyone needs to hear about.
const quiet = { disableRevalidate: true }
const password = 'test-password'

// The Local API runs the same collection access as REST and GraphQL once `overrideAccess` is false.
describe('access control', () => {
  const run = Date.now()
  const publishedSlug = `access-published-${run}`
  const draftSlug = `access-draft-${run}`
  const editorSlug = `access-editor-${run}`
  const slugs = [publishedSlug, draftSlug, editorSlug]
  const emails: string[] = []
  let payload: Payload
  let admin: User
  let editor: User
  let other: User

  const createUser = async (name: string, role: 'admin' | 'editor'): Promise<User> => {
    const email = `${name}-${run}@agora.test`
    emails.push(email)
    const user = await payload.create({ collection: 'users', data: { email, password, name, role } })
    return { ...user, collection: 'users' }
  }

  const roleOf = async (user: User) => (await payload.findByID({ collection: 'users', id: user.id })).role

  // A fresh request per call: the Local API completes and keeps the object it is given.
  const withPreview = (secret: string) => ({ req: { headers: new Headers({ 'x-agora-preview': secret }) } as Partial<PayloadRequest> })

  const pagesBySlug = (options: { draft?: boolean; user?: User; req?: Partial<PayloadRequest> } = {}) =>
    payload.find({
      collection: 'pages',
      where: { slug: { in: [publishedSlug, draftSlug] } },
      overrideAccess: false,
      depth: 0,
      ...options,
    })

  const expectNoDrafts = ({ docs }: { docs: { title: string }[] }) => {
    const titles = docs.map((page) => page.title)
    expect(titles).not.toContain('Draft title')
    expect(titles).not.toContain('Never published')
  }

  beforeAll(async () => {
    payload = await testPayload()
    // The admin first: on an empty database the first user becomes an admin whatever it asks for.
    admin = await createUser('admin', 'admin')
    editor = await createUser('editor', 'editor')
    other = await createUser('other', 'editor')

    const published = await payload.create({
      collection: 'pages',
      context: quiet,
      data: { title: 'Published title', slug: publishedSlug, _status: 'published' },
    })
    // A newer draft on top of the published version, as an editor's unpublished changes.
    await payload.update({
      collection: 'pages',
      id: published.id,
      draft: true,
      context: quiet,
      data: { title: 'Draft title' },
    })
    await payload.create({
      collection: 'pages',
      draft: true,
      context: quiet,
      data: { title: 'Never published', slug: draftSlug, _status: 'draft' },
    })
  })

  afterAll(async () => {
    await payload.delete({ collection: 'pages', where: { slug: { in: slugs } }, context: quiet })
    await payload.delete({ collection: 'users', where: { email: { in: emails } } })
    await payload.db.destroy?.()
  })

  describe('drafts', () => {
    it('shows anonymous readers only published pages', async () => {
      const { docs } = await pagesBySlug()
      expect(docs.map((page) => [page.slug, page.title])).toEqual([[publishedSlug, 'Published title']])
    })

    // Payload may answer such a query with the published version or with nothing; never with a draft.
    it('keeps drafts from anonymous readers who ask for them', async () => {
      expectNoDrafts(await pagesBySlug({ draft: true }))
    })

    it('shows drafts to a request with the preview secret', async () => {
      const { docs } = await pagesBySlug({ draft: true, ...withPreview('test-preview-secret') })
      expect(docs.map((page) => page.title).sort()).toEqual(['Draft title', 'Never published'])
    })

    it('keeps drafts from a request with a wrong preview secret', async () => {
      for (const secret of ['test-preview-secreT', 'test-preview-secret-and-more', '']) {
        expectNoDrafts(await pagesBySlug({ draft: true, ...withPreview(secret) }))
      }
    })

    it('shows drafts to logged-in users', async () => {
      const { docs } = await pagesBySlug({ draft: true, user: editor })
      expect(docs.map((page) => page.title).sort()).toEqual(['Draft title', 'Never published'])
    })
  })

  describe('pages', () => {
    it('forbids anonymous writes', async () => {
      await expect(
        payload.create({ collection: 'pages', overrideAccess: false, data: { title: 'Nope', slug: editorSlug } }),
      ).rejects.toBeInstanceOf(Forbidden)
    })

    it('lets an editor create and publish a page', async () => {
      const page = await payload.create({
        collection: 'pages',
        overrideAccess: false,
        user: editor,
        draft: true,
        context: quiet,
        data: { title: 'Editor page', slug: editorSlug, _status: 'draft' },
      })
      const published = await payload.update({
        collection: 'pages',
        id: page.id,
        overrideAccess: false,
        user: editor,
        context: quiet,
        data: { _status: 'published' },
      })
      expect(published._status).toBe('published')
      const { docs } = await payload.find({ collection: 'pages', where: { slug: { equals: editorSlug } }, overrideAccess: false })
      expect(docs.map((doc) => doc.title)).toEqual(['Editor page'])
    })
  })

  describe('users', () => {
    it('hides users from anonymous readers', async () => {
      await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toBeInstanceOf(Forbidden)
    })

    it('shows an editor only their own account and an admin every account', async () => {
      const own = await payload.find({ collection: 'users', overrideAccess: false, user: editor, pagination: false })
      expect(own.docs.map((user) => user.id)).toEqual([editor.id])

      const all = await payload.find({ collection: 'users', overrideAccess: false, user: admin, pagination: false })
      expect(all.docs.map((user) => user.id)).toEqual(expect.arrayContaining([admin.id, editor.id, other.id]))
    })

    it('lets an editor rename only their own account', async () => {
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
        payload.delete({ collection: 'users', id: other.id, overrideAccess: false, user: editor }),
      ).rejects.toThrow()
      expect((await payload.findByID({ collection: 'users', id: other.id })).name).toBe('other')
    })

    it('forbids editors to create accounts', async () => {
      const tried: string[] = []
      for (const role of ['admin', 'editor'] as const) {
        const email = `created-${role}-${run}@agora.test`
        tried.push(email)
        emails.push(email)
        await expect(
          payload.create({ collection: 'users', overrideAccess: false, user: editor, data: { email, password, role } }),
        ).rejects.toBeInstanceOf(Forbidden)
      }
      const { totalDocs } = await payload.count({ collection: 'users', where: { email: { in: tried } } })
      expect(totalDocs).toBe(0)
    })

    // Field access either rejects the change or drops the field; what counts is the stored role.
    it('keeps an editor from raising their own role', async () => {
      await payload
        .update({ collection: 'users', id: editor.id, overrideAccess: false, user: editor, data: { role: 'admin' } })
        .catch(() => undefined)
      expect(await roleOf(editor)).toBe('editor')
    })

    it("keeps an editor from changing another account's role", async () => {
      await payload
        .update({ collection: 'users', id: admin.id, overrideAccess: false, user: editor, data: { role: 'editor' } })
        .catch(() => undefined)
      await payload
        .update({ collection: 'users', id: other.id, overrideAccess: false, user: editor, data: { role: 'admin' } })
        .catch(() => undefined)
      expect(await roleOf(admin)).toBe('admin')
      expect(await roleOf(other)).toBe('editor')
    })

    it('lets an admin create accounts and change roles', async () => {
      const email = `made-by-admin-${run}@agora.test`
      emails.push(email)
      const made = await payload.create({
        collection: 'users',
        overrideAccess: false,
        user: admin,
        data: { email, password, role: 'editor' },
      })
      expect(made.role).toBe('editor')

      const promoted = await payload.update({
        collection: 'users',
        id: made.id,
        overrideAccess: false,
        user: admin,
        data: { role: 'admin' },
      })
      expect(promoted.role).toBe('admin')
    })
  })

  describe('globals', () => {
    it('lets anyone read them', async () => {
      for (const slug of ['header', 'footer', 'cookie-consent', 'site-settings'] as const) {
        await expect(payload.findGlobal({ slug, overrideAccess: false })).resolves.toBeDefined()
      }
    })

    // An empty update runs the access check and changes no content.
    it('lets only admins update site-settings', async () => {
      const update = (user?: User) =>
        payload.updateGlobal({ slug: 'site-settings', overrideAccess: false, user, context: quiet, data: {} })
      await expect(update()).rejects.toBeInstanceOf(Forbidden)
      await expect(update(editor)).rejects.toBeInstanceOf(Forbidden)
      await expect(update(admin)).resolves.toBeDefined()
    })

    it('lets editors update the content globals', async () => {
      for (const slug of ['header', 'footer', 'cookie-consent'] as const) {
        await expect(
          payload.updateGlobal({ slug, overrideAccess: false, user: editor, context: quiet, data: {} }),
        ).resolves.toBeDefined()
        await expect(
          payload.updateGlobal({ slug, overrideAccess: false, context: quiet, data: {} }),
        ).rejects.toBeInstanceOf(Forbidden)
      }
    })
  })

  describe('form submissions', () => {
    it('accept anonymous posts but stay private', async () => {
      const submission = await payload.create({
        collection: 'form-submissions',
        overrideAccess: false,
        data: { name: 'Anna', email: `anna-${run}@agora.test`, message: 'Hello', locale: 'de' },
      })
      try {
        await expect(payload.find({ collection: 'form-submissions', overrideAccess: false })).rejects.toBeInstanceOf(
          Forbidden,
        )
        const { docs } = await payload.find({
          collection: 'form-submissions',
          overrideAccess: false,
          user: editor,
          where: { id: { equals: submission.id } },
        })
        expect(docs.map((doc) => doc.message)).toEqual(['Hello'])
      } finally {
        await payload.delete({ collection: 'form-submissions', id: submission.id })
      }
    })
  })

  // The REST handler the Next routes mount, called with fetch Requests: no server needed.
  describe('REST API', () => {
    const rest = (path: string, init: RequestInit = {}) =>
      handleEndpoints({ config: payload.config, request: new Request(`${payload.config.serverURL}/api${path}`, init) })

    const tokenOf = async (user: User) => {
      const { token } = await payload.login({ collection: 'users', data: { email: user.email, password } })
      if (!token) throw new Error('no token')
      return { authorization: `JWT ${token}`, 'content-type': 'application/json' }
    }

    it('hides drafts and users from anonymous requests', async () => {
      const users = await rest('/users')
      expect(users.status).toBe(403)

      const query = `/pages?where[slug][equals]=${draftSlug}&draft=true&depth=0&limit=1`
      const anonymous = await rest(query)
      expect(anonymous.status).toBe(200)
      expect((await anonymous.json()).docs).toEqual([])

      const preview = await rest(query, { headers: { 'x-agora-preview': 'test-preview-secret' } })
      expect((await preview.json()).docs.map((doc: { slug: string }) => doc.slug)).toEqual([draftSlug])

      const wrong = await rest(query, { headers: { 'x-agora-preview': 'wrong' } })
      expect((await wrong.json()).docs).toEqual([])
    })

    it('enforces the role rules for editors', async () => {
      const headers = await tokenOf(editor)

      const settings = await rest('/globals/site-settings', { method: 'POST', headers, body: '{}' })
      expect(settings.status).toBe(403)

      const email = `rest-admin-${run}@agora.test`
      emails.push(email)
      const created = await rest('/users', { method: 'POST', headers, body: JSON.stringify({ email, password, role: 'admin' }) })
      expect(created.status).toBe(403)

      await rest(`/users/${editor.id}`, { method: 'PATCH', headers, body: JSON.stringify({ role: 'admin' }) })
      expect(await roleOf(editor)).toBe('editor')
    })
  })
})
