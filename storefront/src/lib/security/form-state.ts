import type { FormState } from "@/lib/forms/state"
import type { SecurityMessages } from "@/lib/i18n/messages/security"

import type { SecurityFieldError } from "./schemas"

export type SecurityMessage = keyof SecurityMessages["messages"]

/** The state of the verification and password reset forms (useActionState). */
export type SecurityState = FormState<SecurityMessage, SecurityFieldError>
