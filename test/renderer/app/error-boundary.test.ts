import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from '@playwright/test'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import { describe, expect, it } from 'vitest'
import { CHROMIUM_LAUNCH_OPTIONS } from '@e2e/support/chromium-launch'
import { serveRendererOverHttp } from '@e2e/support/static-server'
import { tempDir } from '../../support/temp-dir'

/** A page whose only screen throws while rendering, inside the app's error boundary. */
async function buildBrokenPage(): Promise<string> {
  const root = tempDir('handover-boundary-')
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html lang="en"><body><div id="root"></div><script type="module" src="./entry.tsx"></script></body></html>'
  )
  writeFileSync(
    join(root, 'entry.tsx'),
    [
      `import { createRoot } from 'react-dom/client'`,
      `import { ErrorBoundary } from ${JSON.stringify(resolve('src/renderer/src/app/error-boundary.tsx'))}`,
      `import ${JSON.stringify(resolve('src/renderer/src/styles/app.css'))}`,
      `function Screen(): never { throw new Error('the screen broke') }`,
      `createRoot(document.getElementById('root')!).render(<ErrorBoundary><Screen /></ErrorBoundary>)`
    ].join('\n')
  )
  await build({
    root,
    logLevel: 'silent',
    configFile: false,
    plugins: [react()],
    resolve: { alias: { react: resolve('node_modules/react'), 'react-dom': resolve('node_modules/react-dom') } },
    build: { outDir: join(root, 'dist'), minify: false }
  })
  return join(root, 'dist')
}

describe('the renderer error boundary', () => {
  it('replaces a screen that threw with a message that nothing was lost and a Reload button that reloads', async () => {
    const server = await serveRendererOverHttp(await buildBrokenPage())
    const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS)
    try {
      const page = await browser.newPage()
      const errors: string[] = []
      page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())))
      let loads = 0
      page.on('load', () => void loads++)
      await page.goto(`${server.origin}/index.html`)

      const alert = page.getByRole('alert')
      await alert.getByRole('heading', { name: 'Something went wrong on this screen' }).waitFor()
      expect(await alert.textContent()).toContain('Nothing was lost')
      await alert.getByRole('button', { name: 'Reload' }).waitFor()
      expect(errors.some((text) => text.includes('the page stopped: Error: the screen broke'))).toBe(true)
      await page.screenshot({ path: resolve('e2e/screenshots/error-boundary.png') })

      // Reload has the focus: Enter alone reloads.
      await page.keyboard.press('Enter')
      await page.waitForEvent('load')
      expect(loads).toBe(2)
    } finally {
      await browser.close()
      await server.close()
    }
  }, 120_000)
})
