import type { FieldError, FieldErrors } from "@/lib/account/schemas"

// The Vendor API's 400 messages (docs/API.md, Conventions): Medusa's wording for missing, too long or short and
// enum values, and "<field>: <problem>" for format checks and business rules. Up to three, joined by "; ".
const RULES: [RegExp, FieldError][] = [
  [/^Field '([^']+)' is required/, "required"],
  [/^Value for field '([^']+)' too big/, "tooLong"],
  [/^Value for field '([^']+)' too small/, "tooShort"],
  [/for field '([^']+)'/, "invalid"],
  [/^([a-z_][a-z0-9_.]*): .*\b(?:already taken|already a member)\b/, "taken"],
  [/^([a-z_][a-z0-9_.]*): /, "invalid"],
]

/**
 * The fields a Vendor API error message names, by the API's field names (a nested path counts for its top-level
 * field), with what is wrong with each; empty when the message names no field.
 */
export function apiFieldErrors(message: string): FieldErrors {
  const errors: FieldErrors = {}
  for (const part of message.replace(/^Invalid request: /, "").split("; ")) {
    for (const [pattern, code] of RULES) {
      const path = pattern.exec(part.trim())?.[1]
      if (path) {
        errors[path.split(/[,.]\s*/)[0]] ??= code
        break
      }
    }
  }
  return errors
}
