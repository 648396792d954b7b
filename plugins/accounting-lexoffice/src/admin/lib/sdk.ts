import Medusa from "@medusajs/js-sdk"

// The admin is served by the backend at /app, so "/" (the page's origin) reaches the API with the
// dashboard's session cookie. import.meta.env.VITE_BACKEND_URL does not typecheck here: the plugin's
// tsconfig compiles src/admin as CommonJS.
export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })
