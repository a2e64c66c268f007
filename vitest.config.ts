import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // GitHub's workflow parser imports its JSON schema without an import attribute: let Vite load it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    globalSetup: ['test/support/build-parse-worker.ts']
  }
})
