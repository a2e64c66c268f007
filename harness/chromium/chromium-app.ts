import type { Browser, Page } from '@playwright/test'
import { createAppRouter } from '@main/ipc/handlers'
import { trustedOrigins, type Router } from '@main/ipc/router'
import { createServices, type Services } from '@main/services/create-services'
import type { Ports } from '@main/services/ports'
import { chromiumPdfPrinter } from '../ports/chromium-pdf-printer'
import { createScriptedDialogs, type ScriptedDialogs } from '../ports/scripted-dialogs'
import { createTestPorts } from '../ports/test-ports'
import { listedSystemLanguages } from '../ports/listed-system-languages'
import { eventChannel } from '@shared/ipc/events'
import { BRIDGE_BUNDLE } from './build-bridge'

/** The real main-process services and IPC router, running in the Playwright process, bridged into a Chromium page. */
export interface ChromiumApp {
  services: Services
  dialogs: ScriptedDialogs
  openedLinks: string[]
  /** Starts the services again on the same data folder and reloads the page: a restart of the app. */
  restart(): Promise<void>
}

/** Launches the app in `page`, served from `origin`, on `dataDir`. */
export async function launchChromiumApp(options: {
  page: Page
  browser: Browser
  origin: string
  dataDir: string
  portOverrides?: Partial<Ports>
}): Promise<ChromiumApp> {
  const { page, origin, dataDir } = options
  const dialogs = createScriptedDialogs()
  // The page's languages (Playwright's `locale`) stand for the computer's preferred languages.
  const systemLanguages = listedSystemLanguages(await page.evaluate(() => [...navigator.languages]))
  const ports = createTestPorts({
    systemLanguages,
    dialogs,
    pdf: chromiumPdfPrinter(options.browser),
    events: {
      emit(name, payload) {
        void page
          .evaluate(
            ([channel, data]) => (globalThis as { __handoverEmit?: (c: string, p: unknown) => void }).__handoverEmit?.(channel, data),
            [eventChannel(name), payload] as const
          )
          .catch(() => {})
      }
    },
    ...options.portOverrides
  })
  let router: Router
  const app: ChromiumApp = {
    services: undefined as unknown as Services,
    dialogs,
    openedLinks: ports.openedLinks,
    async restart() {
      app.services.usb.stop()
      app.services = await createServices(dataDir, 'e2e', ports)
      router = createAppRouter(app.services, trustedOrigins([origin]))
      await page.reload()
    }
  }
  app.services = await createServices(dataDir, 'e2e', ports)
  router = createAppRouter(app.services, trustedOrigins([origin]))
  await page.exposeBinding('__handoverInvoke', ({ frame }, channel: string, payload: unknown) =>
    router.handle({ url: frame.url(), isMainFrame: frame === page.mainFrame() }, channel, payload)
  )
  await page.addInitScript({ path: BRIDGE_BUNDLE })
  await page.goto(`${origin}/index.html`)
  return app
}
