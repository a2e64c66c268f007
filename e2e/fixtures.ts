import { test as base, expect, type Page } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Services } from '@main/services/create-services'
import type { Ports } from '@main/services/ports'
import { launchChromiumApp } from '@harness/chromium/chromium-app'
import { launchElectronApp } from './support/electron-app'
import { findElectronBinary } from './support/electron-binary'
import { electronMainServices, inProcessMainServices, type MainServices } from './support/main-services'
import { serveRendererOverHttp } from './support/static-server'

/** Answers the app's file dialogs the way a user would. */
export interface DialogScript {
  /** The next save dialog picks `path` (null = Cancel). */
  answerSave(path: string | null): Promise<void>
  /** The next open dialog picks `paths` (empty = Cancel). */
  answerOpen(paths: string[]): Promise<void>
}

/** The running app: use it as a Page (it forwards to the current window), plus test controls. */
export type AppPage = Page & {
  /** The current page (changes after a restart in the Electron tier). */
  readonly page: Page
  /** This test's own, initially empty data folder. */
  readonly dataDir: string
  /** Quits and starts the app again on the same data folder; resolves when the window is back. */
  restart(): Promise<void>
  /** Scripted answers for save / open dialogs. */
  readonly dialogs: DialogScript
  /** Links the app asked to open in the browser (Chromium tier only; empty in Electron). */
  readonly openedLinks: readonly string[]
  /** The main-process services in both tiers: seed records, read them back, send menu commands. */
  readonly main: MainServices
  /** The live main-process services (Chromium tier only, where they run in the test process), else null. */
  readonly services: Services | null
  /** Saves a screenshot as e2e/screenshots/<name>.png. */
  snap(name: string): Promise<void>
}

interface WorkerFixtures {
  rendererOrigin: string
}

function appProxy(getPage: () => Page, extras: Omit<AppPage, keyof Page | 'page'>): AppPage {
  return new Proxy({} as AppPage, {
    get(_target, key) {
      if (key === 'page') return getPage()
      if (key in extras) return (extras as Record<string | symbol, unknown>)[key]
      const page = getPage() as unknown as Record<string | symbol, unknown>
      const value = page[key]
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(page) : value
    }
  })
}

/** `test` with the `app` fixture: the running app on a fresh data folder. */
export const test = base.extend<{ app: AppPage; portOverrides: Partial<Ports>; electronEnv: Record<string, string> }, WorkerFixtures>({
  // A spec may replace ports of the Chromium tier's services,
  // e.g. `test.use` / `test.extend` with `adb` talking to a fake adb server. Ignored in the Electron tier.
  portOverrides: [{}, { option: true }],
  // The Electron tier's counterpart: environment for the launched app, e.g. ANDROID_ADB_SERVER_PORT of that fake server.
  electronEnv: [{}, { option: true }],
  rendererOrigin: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await serveRendererOverHttp(resolve('out/renderer'))
      await use(server.origin)
      await server.close()
    },
    { scope: 'worker' }
  ],
  app: async ({ page, browser, rendererOrigin, portOverrides, electronEnv }, use, testInfo) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'handover-e2e-'))
    const snap = async (current: Page, name: string): Promise<void> => {
      await current.screenshot({ path: resolve('e2e/screenshots', `${name}.png`), fullPage: false })
    }
    if (testInfo.project.name === 'electron') {
      const binary = findElectronBinary()
      if (!binary.path) throw new Error('Electron project runs only with a binary')
      const electronApp = await launchElectronApp(binary.path, dataDir, electronEnv)
      await use(
        appProxy(() => electronApp.page, {
          dataDir,
          restart: async () => void (await electronApp.restart()),
          dialogs: { answerSave: electronApp.answerSave, answerOpen: electronApp.answerOpen },
          openedLinks: [],
          main: electronMainServices(electronApp),
          services: null,
          snap: (name) => snap(electronApp.page, `electron-${name}`)
        })
      )
      await electronApp.close()
    } else {
      const chromiumApp = await launchChromiumApp({ page, browser, origin: rendererOrigin, dataDir, portOverrides })
      await use(
        appProxy(() => page, {
          dataDir,
          restart: () => chromiumApp.restart(),
          dialogs: {
            answerSave: async (path) => chromiumApp.dialogs.answerSave(path),
            answerOpen: async (paths) => chromiumApp.dialogs.answerOpen(paths)
          },
          openedLinks: chromiumApp.openedLinks,
          main: inProcessMainServices(() => chromiumApp.services),
          get services() {
            return chromiumApp.services
          },
          snap: (name) => snap(page, name)
        })
      )
    }
    rmSync(dataDir, { recursive: true, force: true })
  }
})

export { expect }
