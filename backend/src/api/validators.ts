import { z } from "@medusajs/framework/zod"

/** For routes that take no query parameters: any parameter is a 400 naming it, not silently ignored. */
export const NoQuery = z.object({}).strict()

/** For actions that take no body: any field is a 400 naming it. */
export const NoBody = z.object({}).strict()

/** An absolute http(s) URL; `javascript:`, `data:` and the like are refused (they would run or embed in pages). */
export const httpUrl = (field: string) =>
  z.string().url(`${field}: not a valid URL`).regex(/^https?:\/\//i, `${field}: use an http or https URL`)
