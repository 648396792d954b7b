import { z } from "@medusajs/framework/zod"

// Not strict: Medusa adds keys of its own (`database`) to the options of every module it loads.
const schema = z.object({
  words: z.array(z.string().trim().min(1, "must not contain empty words")),
  mode: z.enum(["reject", "mask"]).default("reject"),
})

export type WordFilterOptions = z.infer<typeof schema>

/** The plugin's options from medusa-config; bad options stop the start with one line naming them. */
export function parseOptions(options: unknown): WordFilterOptions {
  const parsed = schema.safeParse(options ?? {})
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "options"}: ${i.message}`)
  throw new Error(`@agora/social-word-filter: invalid options: ${problems.join("; ")}`)
}
