export { render, type Rendered } from "./render"
export { LOCALES, NOTIFICATION_TYPES, toLocale, type Locale, type NotificationData, type NotificationType } from "./types"
