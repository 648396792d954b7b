export * from "./notify-account"
export * from "./request-email-verification"
