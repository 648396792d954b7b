import type { MetadataRoute } from "next"
import { connection } from "next/server"

import { getConfig } from "@/lib/config"

/** /robots.txt: everything but the API and the shopper's own pages (cart, checkout, account, order confirmations) in any locale. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  // The origin comes from the environment, which `next build` does not read.
  await connection()
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/*/checkout", "/*/cart", "/*/account", "/*/order/"] },
    sitemap: `${getConfig().storefrontUrl}/sitemap.xml`,
  }
}
