import { createHmac } from 'crypto'
import { createServer, type IncomingHttpHeaders, type Server } from 'http'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../payload'

import type { Page } from '@/payload-types'

type Call = { method?: string; url?: string; headers: IncomingHttpHeaders; body: string; seen?: unknown }

// vitest.config.ts points STOREFRONT_URL at a free port and fixes the secret before the config loads.
const storefront = new URL(process.env.STOREFRONT_URL ?? '')
const secret = process.env.REVALIDATE_SECRET ?? ''
const quiet = { disableRevalidate: true }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// Whether the hook awaits its request or not, it has arrived (or never will) by then.
const settle = () => sleep(500)

// Closes the client's kept-alive connections too, which would otherwise hold close() open.
const stop = (server: Server) =>
  new Promise((resolve) => {
    server.close(resolve)
    server.closeAllConnections()
  })

describe('revalidation', () => {
  const run = Date.now()
  const slug = `revalidate-${run}`
  const renamed = `revalidate-renamed-${run}`
  const downSlug = `revalidate-down-${run}`
  const calls: Call[] = []
  let server: Server
  let payload: Payload
  let page: Page
  let observe: (() => Promise<unknown>) | undefined

  // The calls made by `save`, once they stopped coming.
  async function callsOf(save: () => Promise<unknown>, expected: number): Promise<Call[]> {
    calls.length = 0
    await save()
    for (let waited = 0; calls.length < expected && waited < 6_000; waited += 25) await sleep(25)
    await settle()
    return [...calls]
  }

  function expectSigned(call: Call): string[] {
    expect(call.method).toBe('POST')
    expect(call.url).toBe('/api/revalidate')
    expect(call.headers['content-type']).toMatch(/^application\/json/)

    const timestamp = String(call.headers['x-agora-timestamp'])
    expect(timestamp).toMatch(/^\d+$/)
    expect(Math.abs(Date.now() / 1000 - Number(timestamp))).toBeLessThan(60)

    const hmac = createHmac('sha256', secret).update(`${timestamp}.${call.body}`).digest('hex')
    expect(call.headers['x-agora-signature']).toBe(`sha256=${hmac}`)

    const { tags } = JSON.parse(call.body) as { tags: string[] }
    return [...tags].sort()
  }

  beforeAll(async () => {
    expect(secret, 'REVALIDATE_SECRET comes from vitest.config.ts').not.toBe('')
    server = createServer((req, res) => {
      let body = ''
      req.setEncoding('utf8')
      req.on('data', (chunk: string) => (body += chunk))
      req.on('end', async () => {
        // What a storefront refetching at once would read, outside the save's transaction.
        const seen = await observe?.()
        calls.push({ method: req.method, url: req.url, headers: req.headers, body, seen })
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ revalidated: JSON.parse(body || '{}').tags ?? [] }))
      })
    })
    await new Promise<void>((resolve) => server.listen(Number(storefront.port), storefront.hostname, resolve))
    payload = await testPayload()
  })

  afterAll(async () => {
    if (server.listening) await stop(server)
    await payload.delete({
      collection: 'pages',
      where: { slug: { in: [slug, renamed, downSlug] } },
      context: quiet,
    })
    await payload.db.destroy?.()
  })

  it('stays silent while an unpublished page is drafted and autosaved', async () => {
    const created = await callsOf(async () => {
      page = await payload.create({
        collection: 'pages',
        draft: true,
        data: { title: 'Draft', slug, _status: 'draft' },
      })
    }, 0)
    expect(created).toEqual([])

    const autosaved = await callsOf(
      () => payload.update({ collection: 'pages', id: page.id, draft: true, autosave: true, data: { title: 'Autosaved' } }),
      0,
    )
    expect(autosaved).toEqual([])

    const saved = await callsOf(
      () => payload.update({ collection: 'pages', id: page.id, draft: true, data: { title: 'Saved draft' } }),
      0,
    )
    expect(saved).toEqual([])
  })

  it('sends one signed call when the page is published', async () => {
    const published = await callsOf(
      () => payload.update({ collection: 'pages', id: page.id, data: { title: 'Live', _status: 'published' } }),
      1,
    )
    expect(published).toHaveLength(1)
    expect(expectSigned(published[0]!)).toEqual([`cms-page-${slug}`, 'cms-pages'].sort())
  })

  it('calls once the publish is committed, so a refetch reads the new version', async () => {
    observe = async () => (await payload.findByID({ collection: 'pages', id: page.id, depth: 0 })).title
    try {
      const published = await callsOf(
        () => payload.update({ collection: 'pages', id: page.id, data: { title: 'Live again', _status: 'published' } }),
        1,
      )
      expect(published.map((call) => call.seen)).toEqual(['Live again'])
    } finally {
      observe = undefined
    }
  })

  it("also names the old slug's tag when a published page moves", async () => {
    const moved = await callsOf(
      () => payload.update({ collection: 'pages', id: page.id, data: { slug: renamed, _status: 'published' } }),
      1,
    )
    expect(moved).toHaveLength(1)
    expect(expectSigned(moved[0]!)).toEqual([`cms-page-${renamed}`, `cms-page-${slug}`, 'cms-pages'].sort())
  })

  it('sends one more call when the page is unpublished', async () => {
    const unpublished = await callsOf(
      () => payload.update({ collection: 'pages', id: page.id, data: { _status: 'draft' } }),
      1,
    )
    expect(unpublished).toHaveLength(1)
    expect(expectSigned(unpublished[0]!)).toEqual(expect.arrayContaining([`cms-page-${renamed}`, 'cms-pages']))
  })

  it('stays silent for the seed', async () => {
    const seeded = await callsOf(
      () => payload.update({ collection: 'pages', id: page.id, context: quiet, data: { _status: 'published' } }),
      0,
    )
    expect(seeded).toEqual([])
  })

  it('sends one call when a published page is deleted', async () => {
    const deleted = await callsOf(() => payload.delete({ collection: 'pages', id: page.id }), 1)
    expect(deleted).toHaveLength(1)
    expect(expectSigned(deleted[0]!)).toEqual(expect.arrayContaining([`cms-page-${renamed}`, 'cms-pages']))
  })

  // Last: the stand-in storefront stops here.
  it('saves even when the storefront is down', async () => {
    await stop(server)
    const started = Date.now()
    const created = await payload.create({
      collection: 'pages',
      data: { title: 'Published while the storefront is down', slug: downSlug, _status: 'published' },
    })
    expect(created._status).toBe('published')
    // Refused at once; the 5 s timeout is for a storefront that accepts and hangs.
    expect(Date.now() - started).toBeLessThan(5_000)
    // A rejected request the hook forgot to catch would surface as an unhandled error and fail the run.
    await settle()
    const { docs } = await payload.find({ collection: 'pages', where: { slug: { equals: downSlug } }, depth: 0 })
    expect(docs.map((doc) => doc.title)).toEqual(['Published while the storefront is down'])
  })
})
