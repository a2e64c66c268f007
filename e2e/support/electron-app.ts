import { _electron, type ElectronApplication, type Page } from '@playwright/test'
import { resolve } from 'node:path'

/** The packaged-app tier: the built app launched in real Electron on a data folder. */
export interface ElectronAppHandle {
  page: Page
  /** Quits and launches again on the same data folder. */
  restart(): Promise<Page>
  /** Makes the next save dialog answer with `path`. */
  answerSave(path: string | null): Promise<void>
  /** Makes the next open dialog answer with `paths`. */
  answerOpen(paths: string[]): Promise<void>
  close(): Promise<void>
}

/** Launches out/main/index.js in Electron with HANDOVER_DATA_DIR set. */
export async function launchElectronApp(executablePath: string, dataDir: string): Promise<ElectronAppHandle> {
  let app: ElectronApplication
  const launch = async (): Promise<Page> => {
    app = await _electron.launch({
      executablePath,
      args: [resolve('out/main/index.js'), `--user-data-dir=${dataDir}-profile`],
      env: { ...process.env, HANDOVER_DATA_DIR: dataDir }
    })
    const page = await app.firstWindow()
    await page.waitForLoadState('domcontentloaded')
    return page
  }
  const handle: ElectronAppHandle = {
    page: await launch(),
    async restart() {
      await app.close()
      handle.page = await launch()
      return handle.page
    },
    answerSave: (path) =>
      app.evaluate(({ dialog }, answer) => {
        dialog.showSaveDialog = (async () => ({ canceled: answer === null, filePath: answer ?? '' })) as typeof dialog.showSaveDialog
      }, path),
    answerOpen: (paths) =>
      app.evaluate(({ dialog }, answer) => {
        dialog.showOpenDialog = (async () => ({ canceled: answer.length === 0, filePaths: answer })) as typeof dialog.showOpenDialog
      }, paths),
    close: () => app.close()
  }
  return handle
}
