import { Api, explained, Shop, signUpCustomer } from "./store"

export type Viewer = { headers: Record<string, string> }

type Db = { raw: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }

/** Rows in each table (soft-deleted ones included), to prove that a refused request wrote nothing. */
export async function rowCounts(db: Db, tables: string[]): Promise<Record<string, number>> {
  const { rows } = await db.raw(`select ${tables.map((t) => `(select count(*) from "${t}")::int as "${t}"`).join(", ")}`)
  return rows[0] as Record<string, number>
}

/** A signed-in customer's request headers (with the publishable key). */
export async function signedInCustomer(api: Api, shop: Shop, email: string, first_name = "Test"): Promise<Viewer> {
  const token = await signUpCustomer(api, shop, { email, first_name, last_name: "Test" })
  return { headers: { ...shop.headers, authorization: `Bearer ${token}` } }
}

// The smallest files each format's signature check accepts (the bytes after the signature do not matter to it).
export const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a2c5e2be0000000049454e44ae426082", "hex")
export const JPEG = Buffer.from("ffd8ffe000104a46494600010100000100010000ffd9", "hex")

/** Uploads files as the multipart `files` field, the way a browser form does. */
export function uploadForm(files: { name: string; type: string; bytes: Buffer }[]) {
  const form = new FormData()
  for (const f of files) form.append("files", new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name)
  return form
}

/** Uploads one PNG and one JPEG as the viewer and returns their file ids. */
export async function uploadTwoImages(api: Api, viewer: Viewer, path = "/store/uploads"): Promise<string[]> {
  const { data } = await explained(api).post(
    path,
    uploadForm([
      { name: "a.png", type: "image/png", bytes: PNG },
      { name: "b.jpg", type: "image/jpeg", bytes: JPEG },
    ]),
    viewer
  )
  return data.files.map((f: { id: string }) => f.id)
}

/** Ids of published store products (seeded), for tagging. */
export async function publishedProductIds(api: Api, shop: Shop, n: number): Promise<string[]> {
  const { data } = await explained(api).get(`/store/products?limit=${n}&fields=id`, { headers: shop.headers })
  return data.products.map((p: { id: string }) => p.id)
}
