import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    testTimeout: 30_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          // GitHub's workflow parser imports its JSON schema without an import attribute: let Vite load it.
          server: { deps: { inline: ['@actions/workflow-parser'] } },
          globalSetup: ['test/support/build-parse-worker.ts']
        }
      },
      {
        // Renderer components in a DOM: test/renderer mirrors src/renderer/src.
        extends: true,
        plugins: [react()],
        test: {
          name: 'renderer',
          include: ['test/renderer/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['test/renderer/support/setup.ts']
        }
      }
    ]
  }
})
