export * from "./filter-caption"
