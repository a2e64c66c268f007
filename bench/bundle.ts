import { resolve } from 'node:path'
import { build } from 'vite'

/**
 * Bundles bench entries with Vite into `outDir` as `<name>.mjs`, so the bench can import the app's
 * sources as they are (extension-less imports, JSON, zod) when Node runs it directly.
 */
export async function bundleBench(outDir: string, inputs: Record<string, string>): Promise<void> {
  await build({
    configFile: false,
    resolve: { tsconfigPaths: true },
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: {
        input: Object.fromEntries(Object.entries(inputs).map(([name, path]) => [name, resolve(path)])),
        output: { format: 'es', entryFileNames: '[name].mjs' }
      }
    }
  })
}
