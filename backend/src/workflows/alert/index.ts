export * from "./alert-failure"
export * from "./on-failure"
export * from "./send-alert"
