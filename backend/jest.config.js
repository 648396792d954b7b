const path = require("path")
const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())
// Keep test output to the results; migrations and workflows log at info level.
process.env.LOG_LEVEL ??= "error"

// @medusajs/core-flows requires `uuid` without declaring it; in this workspace the hoisted copy is
// Payload's ESM-only uuid 13, which jest cannot require. Point it at the CommonJS uuid Medusa ships.
const medusaDir = path.dirname(require.resolve("@medusajs/medusa/package.json"))

module.exports = {
  transform: {
    "^.+\\.[jt]s$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true },
        },
      },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  setupFiles: ["./integration-tests/setup.js"],
  moduleNameMapper: { "^uuid$": require.resolve("uuid", { paths: [medusaDir] }) },
}

if (process.env.TEST_TYPE === "integration:http") {
  module.exports.testMatch = ["**/integration-tests/http/**/*.spec.[jt]s"]
} else if (process.env.TEST_TYPE === "integration:modules") {
  module.exports.testMatch = ["**/src/modules/*/__tests__/**/*.[jt]s"]
} else if (process.env.TEST_TYPE === "unit") {
  module.exports.testMatch = ["**/src/**/__tests__/**/*.unit.spec.[jt]s"]
}
