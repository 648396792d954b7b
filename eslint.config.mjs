// One flat config for every workspace; each runs `eslint .` from its own folder.
import js from "@eslint/js"
import globals from "globals"
import tseslint from "typescript-eslint"

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.medusa/**",
      "**/.next/**",
      "**/.turbo/**",
      "**/dist/**",
      "**/build/**",
      "**/.data/**",
      "**/static/**",
      "**/media/**",
      "**/test-results/**",
      "**/playwright-report/**",
      "**/next-env.d.ts",
      "cms/src/app/(payload)/admin/importMap.js",
      "cms/src/payload-types.ts",
      "cms/src/migrations/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.cjs", "**/jest.config.js", "**/integration-tests/setup.js", "fakes/**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Tests read untyped JSON from HTTP responses.
    files: ["**/integration-tests/**/*.ts", "**/*.spec.ts", "**/*.test.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["storefront/**/*.tsx", "cms/**/*.tsx", "backend/src/admin/**/*.tsx"],
    languageOptions: { globals: { ...globals.browser } },
  }
)
