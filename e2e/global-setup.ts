import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildBridge } from '@harness/chromium/build-bridge'

/** Checks the renderer is built and bundles the Chromium tier's window.api bridge. */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(resolve('out/renderer/index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` (npm test does it for you).')
  }
  await buildBridge()
}
