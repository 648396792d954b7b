import type { MetadataRoute } from "next"
import { connection } from "next/server"

import { getConfig } from "@/lib/config"

/**
 * /robots.txt: everything but the API and private pages in any locale: the shopper's cart, checkout, account,
 * orders, post editor and e-mail verification links, and the seller workspace (the `/sell` pitch itself stays open).
 */
export default async function robots(): Promise<MetadataRoute.Robots> {
  // The origin comes from the environment, which `next build` does not read.
  await connection()
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: [
        "/api/",
        "/*/checkout",
        "/*/cart",
        "/*/account",
        "/*/order/",
        "/*/compose",
        "/*/p/*/edit",
        "/*/verify-email",
        "/*/sell/",
      ],
    },
    sitemap: `${getConfig().storefrontUrl}/sitemap.xml`,
  }
}
