import { defineConfig } from "vitest/config"

// One run over every workspace: pure unit tests, module tests on a real database,
// whole-app HTTP tests, and browser tests in Debian chromium. Medusa suites boot a whole
// app each, so files run one at a time on these 2-core machines.
export default defineConfig({
  test: {
    globals: true,
    fileParallelism: false,
    pool: "forks",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    include: [
      "plugins/*/src/**/__tests__/**/*.spec.ts",
      "backend/src/**/__tests__/**/*.spec.ts",
      "backend/integration-tests/**/*.spec.ts",
      "storefront-pwa/e2e/**/*.spec.ts",
      "storefront-pwa/src/**/*.test.ts",
    ],
    exclude: ["**/node_modules/**", "**/.medusa/**", "**/dist/**"],
    globalSetup: ["backend/test-support/global-setup.mjs"],
    setupFiles: ["backend/test-support/setup.ts"],
  },
})
