import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY } from './src/main/electron/app-protocol-paths'

/** Writes the strict CSP into the built index.html; the dev server keeps Vite's inline HMR preamble working. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'handover-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`)
  }
}

/** The output name of a catalogue's chunk, or null for any other chunk. */
function localeChunkName(moduleId: string | null): string | null {
  const match = moduleId ? /\/shared\/locales\/([^/]+)\/([^/]+)\.json$/.exec(moduleId) : null
  return match ? `assets/locales/${match[1]}/${match[2]}-[hash].js` : null
}

export default defineConfig(({ mode }) => ({
  main: {
    resolve: { tsconfigPaths: true },
    // `electron-vite build --mode test` builds the main process with its test hooks (see src/main/electron/test-hooks.ts).
    define: { __HANDOVER_TEST_HOOKS__: JSON.stringify(mode === 'test') },
    build: {
      rollupOptions: {
        input: { index: resolve('src/main/index.ts'), 'parse-worker': resolve('src/main/services/parsing/parse-worker.ts') }
      }
    }
  },
  preload: {
    resolve: { tsconfigPaths: true },
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve('src/renderer'),
    resolve: { tsconfigPaths: true },
    plugins: [react(), contentSecurityPolicy()],
    build: {
      minify: true,
      rollupOptions: {
        input: { index: resolve('src/renderer/index.html') },
        // Each language's catalogues load on demand, one chunk per file, named for the bench: assets/locales/<language>/<namespace>-<hash>.js.
        output: { chunkFileNames: (chunk) => localeChunkName(chunk.facadeModuleId) ?? 'assets/[name]-[hash].js' }
      }
    }
  }
}))
