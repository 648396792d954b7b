import Medusa from "@medusajs/js-sdk"

// The admin is served by this backend at /app, so "/" (the page's origin) reaches the API with the
// dashboard's session cookie. Medusa's docs read import.meta.env.VITE_BACKEND_URL here, but the backend
// tsconfig compiles src/admin as CommonJS, where import.meta does not typecheck.
export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })
