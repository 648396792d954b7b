export * from "./upsert-profile"
export * from "./follow"
