export * from "./mark-read"
export * from "./set-preferences"
