import { _electron, type ElectronApplication, type Page } from '@playwright/test'
import { resolve } from 'node:path'
import type { MenuCommand } from '@shared/app-events'
import { TEST_HOOKS_KEY, type TestHooks } from '@main/electron/test-hooks'

/** The packaged-app tier: the built app launched in real Electron on a data folder. */
export interface ElectronAppHandle {
  page: Page
  /** Quits and launches again on the same data folder. */
  restart(): Promise<Page>
  /** Makes the next save dialog answer with `path`. */
  answerSave(path: string | null): Promise<void>
  /** Makes the next open dialog answer with `paths`. */
  answerOpen(paths: string[]): Promise<void>
  /**
   * Runs `fn` in the main process with the test build's hooks (services, menu, log folder).
   * `fn` is sent as source: it may use only its arguments, like any Playwright evaluate.
   */
  inMain<R, A>(fn: (hooks: TestHooks, arg: A) => R | Promise<R>, arg: A): Promise<R>
  /** Sends a menu command, as the application menu does. */
  menu(command: MenuCommand): Promise<void>
  close(): Promise<void>
}

/** Launches out/main/index.js (a test build: `npm run build:test`) in Electron with HANDOVER_DATA_DIR and the test hooks on. */
export async function launchElectronApp(
  executablePath: string,
  dataDir: string,
  env: Record<string, string> = {}
): Promise<ElectronAppHandle> {
  let app: ElectronApplication
  const launch = async (): Promise<Page> => {
    app = await _electron.launch({
      executablePath,
      args: [resolve('out/main/index.js'), `--user-data-dir=${dataDir}-profile`],
      env: { ...process.env, ...env, HANDOVER_DATA_DIR: dataDir, HANDOVER_TEST_HOOKS: '1' }
    })
    const page = await app.firstWindow()
    await page.waitForLoadState('domcontentloaded')
    return page
  }
  const inMain = <R, A>(fn: (hooks: TestHooks, arg: A) => R | Promise<R>, arg: A): Promise<R> =>
    app.evaluate(
      async (_electron, [key, source, value]) => {
        const hooks = (globalThis as Record<string, unknown>)[key] as TestHooks | undefined
        if (!hooks) throw new Error('This main process has no test hooks: build it with `npm run build:test`.')
        return (new Function(`return (${source})`)() as (hooks: TestHooks, arg: A) => R | Promise<R>)(hooks, value as A)
      },
      [TEST_HOOKS_KEY, fn.toString(), arg] as const
    )
  const handle: ElectronAppHandle = {
    page: await launch(),
    async restart() {
      await app.close()
      handle.page = await launch()
      return handle.page
    },
    answerSave: (path) =>
      app.evaluate(({ dialog }, answer) => {
        dialog.showSaveDialog = async () => ({ canceled: answer === null, filePath: answer ?? '' })
      }, path),
    answerOpen: (paths) =>
      app.evaluate(({ dialog }, answer) => {
        dialog.showOpenDialog = async () => ({ canceled: answer.length === 0, filePaths: answer })
      }, paths),
    inMain,
    menu: (command) => inMain((hooks, value) => hooks.menu(value), command),
    close: () => app.close()
  }
  return handle
}
