import type { z } from "zod"

/**
 * Validates a form's `input` against a strict schema; failures come back as one error per field, named by the
 * field's path (`variants.0.price_eur`; "form" for the object itself), as the issue's message when it is one of
 * `codes`, else "invalid".
 */
export function parseFields<S extends z.ZodType, Code extends string>(
  schema: S,
  input: unknown,
  codes: readonly Code[]
): { ok: true; data: z.output<S> } | { ok: false; fieldErrors: Partial<Record<string, Code | "invalid">> } {
  const result = schema.safeParse(input)
  if (result.success) return { ok: true, data: result.data }
  const fieldErrors: Partial<Record<string, Code | "invalid">> = {}
  for (const issue of result.error.issues) {
    // A strict object names its unexpected keys in one issue; each is a field of its own.
    const keys = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key]) : [issue.path]
    const code = (codes as readonly string[]).includes(issue.message) ? (issue.message as Code) : "invalid"
    for (const key of keys) fieldErrors[key.join(".") || "form"] ??= code
  }
  return { ok: false, fieldErrors }
}
