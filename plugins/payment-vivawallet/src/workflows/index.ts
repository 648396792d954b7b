export * from "./process-webhook"
