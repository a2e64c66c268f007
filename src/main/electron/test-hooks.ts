import type { Services } from '../services/create-services'
import type { MenuCommand } from '@shared/app-events'

/** The global name under which a test build exposes its hooks to Playwright's `electronApp.evaluate`. */
export const TEST_HOOKS_KEY = '__handoverTestHooks'

/** What the Electron e2e tier may reach in the main process of a test build. */
export interface TestHooks {
  /** The live services over the launch's data folder (seed runs, certificates, read back records). */
  services: Services
  /** Sends a menu command to the page, as the application menu does. */
  menu(command: MenuCommand): void
  /** The folder of the rotating log. */
  logFolder: string
}

/** Exposes the hooks on globalThis; call only in a test build whose launch asked for them. */
export function installTestHooks(hooks: TestHooks): void {
  Object.defineProperty(globalThis, TEST_HOOKS_KEY, { value: Object.freeze(hooks), enumerable: false })
}
