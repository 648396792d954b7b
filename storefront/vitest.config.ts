import path from "node:path"
import { defineConfig } from "vitest/config"

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname, "src"),
      // Next resolves "server-only" itself; outside Next it is a no-op.
      "server-only": require.resolve("next/dist/compiled/server-only/empty.js"),
      // The sdk's ESM build lacks "type": "module", so vitest would transform it; Node loads the CJS build as is.
      "@medusajs/js-sdk": require.resolve("@medusajs/js-sdk"),
    },
  },
  test: { environment: "node", include: ["src/**/*.test.ts"] },
})
