export * from "./notify-order"
export * from "./notify-seller"
export * from "./notify-social"
