/** A caught value's message, for logs. */
export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))
