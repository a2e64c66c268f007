import { join } from 'node:path'
import { app, dialog, type BrowserWindow } from 'electron'
import { openAppLog } from './electron/app-log'
import { bridgeRouter } from './electron/ipc-bridge'
import { createElectronPorts } from './electron/electron-ports'
import { installAppMenu } from './electron/app-menu'
import { recoverFromCrashes } from './electron/crash-recovery'
import { launchSettings } from './electron/launch-settings'
import {
  createMainWindow,
  denyAllPermissions,
  denyNewWindowsEverywhere,
  registerAppScheme,
  rendererRootFrom,
  serveRenderer
} from './electron/main-window'
import { installTestHooks } from './electron/test-hooks'
import { testAdbDevices, testHooksRequested } from './electron/test-hooks-gate'
import { windowStateKeeper } from './electron/window-state'
import { APP_ORIGIN } from './electron/app-protocol-paths'
import { createAppRouter } from './ipc/handlers'
import { withCallLog } from './ipc/logged-router'
import { trustedOrigins } from './ipc/router'
import { createServices } from './services/create-services'
import { captureConsole } from './services/logging/logger'
import type { MenuCommand } from '@shared/app-events'
import { SOURCE_LANGUAGE } from '@shared/i18n/languages'
import { createCurrentLanguage, type CurrentLanguage } from './services/language/current-language'

const settings = launchSettings(process.env, app.isPackaged)
const { log, folder: logFolder } = openAppLog()
captureConsole(log)
/** How often a running app checks whether the daily backup is due. */
const BACKUP_CHECK_MS = 60 * 60 * 1000
let mainWindow: BrowserWindow | null = null
/** The main process's language, once the services are built. */
let language: CurrentLanguage | null = null

// A promise nobody awaited is a bug to fix, not a reason to take the user's window away.
process.on('unhandledRejection', (reason) => log.error('unhandled rejection in the main process', reason))
process.on('uncaughtExceptionMonitor', (error) => log.error('uncaught exception in the main process', error))

registerAppScheme()

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  log.info(
    `Handover ${app.getVersion()} starting (${process.platform}-${process.arch}, Electron ${process.versions.electron}${app.isPackaged ? '' : ', unpackaged'})`
  )
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('window-all-closed', () => app.quit())
  recoverFromCrashes(
    () => mainWindow,
    () => language?.t ?? null,
    log
  )
  app
    .whenReady()
    .then(start)
    .catch(async (error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error)
      log.error('could not start', error)
      const { t } = language ?? (await createCurrentLanguage(SOURCE_LANGUAGE))
      dialog.showErrorBox(t('main:startFailed.title'), t('main:startFailed.body', { reason }))
      app.exit(1)
    })
}

/** Wires ports, services, IPC, menu and the window once Electron is ready. */
async function start(): Promise<void> {
  const dataDir = settings.dataDir ?? join(app.getPath('userData'), 'data')
  const devServerUrl = settings.rendererUrl
  denyAllPermissions()
  denyNewWindowsEverywhere()
  serveRenderer(rendererRootFrom(import.meta.dirname))
  const ports = await createElectronPorts(
    () => mainWindow,
    __HANDOVER_TEST_HOOKS__ && testHooksRequested(process.env) ? testAdbDevices(process.env) : null
  )
  const services = await createServices(dataDir, app.getVersion(), ports)
  language = services.language
  const dailyBackups = setInterval(() => void services.backups.maybeDaily(), BACKUP_CHECK_MS)
  app.on('before-quit', () => {
    clearInterval(dailyBackups)
    services.usb.stop()
  })
  const origins = devServerUrl ? [new URL(devServerUrl).origin] : [APP_ORIGIN]
  bridgeRouter(withCallLog(createAppRouter(services, trustedOrigins(origins)), log), () => mainWindow)
  const sendMenuCommand = (command: MenuCommand): void => ports.events.emit('menuCommand', command)
  const menu = (): void =>
    installAppMenu(services.language.t, {
      send: sendMenuCommand,
      dataDir,
      logFolder,
      isMac: process.platform === 'darwin',
      devTools: settings.devTools
    })
  menu()
  services.language.onChange(menu)
  if (__HANDOVER_TEST_HOOKS__ && testHooksRequested(process.env)) {
    installTestHooks({ services, menu: sendMenuCommand, logFolder })
    log.warn('test hooks installed (test build)')
  }
  const windowState = windowStateKeeper(ports.storage, dataDir)
  mainWindow = createMainWindow({
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    iconPath: join(import.meta.dirname, '../../resources/icon.png'),
    devServerUrl,
    devTools: settings.devTools,
    bounds: windowState.initialBounds(),
    text: services.language,
    onLoadFailure: (reason) => log.error(`the window's page did not load: ${reason}`),
    onPageError: (message) => log.error(`page: ${message.slice(0, 2000)}`)
  })
  if (windowState.wasMaximized()) mainWindow.maximize()
  windowState.track(mainWindow)
  mainWindow.on('closed', () => (mainWindow = null))
}
