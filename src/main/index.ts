import { join } from 'node:path'
import { app, dialog, type BrowserWindow } from 'electron'
import { bridgeRouter } from './electron/ipc-bridge'
import { createElectronPorts } from './electron/electron-ports'
import { installAppMenu } from './electron/app-menu'
import {
  createMainWindow,
  denyAllPermissions,
  denyNewWindowsEverywhere,
  registerAppScheme,
  rendererRootFrom,
  serveRenderer
} from './electron/main-window'
import { windowStateKeeper } from './electron/window-state'
import { APP_ORIGIN } from './electron/app-protocol-paths'
import { createAppRouter } from './ipc/handlers'
import { trustedOrigins } from './ipc/router'
import { createServices } from './services/create-services'

const devServerUrl = process.env['ELECTRON_RENDERER_URL']
/** How often a running app checks whether the daily backup is due. */
const BACKUP_CHECK_MS = 60 * 60 * 1000
let mainWindow: BrowserWindow | null = null

registerAppScheme()

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('window-all-closed', () => app.quit())
  app.whenReady().then(start).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error)
    console.error('[handover] could not start:', reason)
    dialog.showErrorBox('Handover could not start', `${reason}\n\nNothing in your data folder was changed.`)
    app.exit(1)
  })
}

/** Wires ports, services, IPC, menu and the window once Electron is ready. */
async function start(): Promise<void> {
  const dataDir = process.env['HANDOVER_DATA_DIR'] ?? join(app.getPath('userData'), 'data')
  denyAllPermissions()
  denyNewWindowsEverywhere()
  serveRenderer(rendererRootFrom(import.meta.dirname))
  const ports = await createElectronPorts(() => mainWindow)
  const services = await createServices(dataDir, app.getVersion(), ports)
  const dailyBackups = setInterval(() => services.backups.maybeDaily(), BACKUP_CHECK_MS)
  app.on('before-quit', () => {
    clearInterval(dailyBackups)
    services.usb.stop()
  })
  const origins = devServerUrl ? [new URL(devServerUrl).origin] : [APP_ORIGIN]
  bridgeRouter(createAppRouter(services, trustedOrigins(origins)), () => mainWindow)
  installAppMenu({ send: (command) => ports.events.emit('menuCommand', command), dataDir, isMac: process.platform === 'darwin' })
  const windowState = windowStateKeeper(ports.storage, dataDir)
  mainWindow = createMainWindow({
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    iconPath: join(import.meta.dirname, '../../resources/icon.png'),
    devServerUrl,
    bounds: windowState.initialBounds()
  })
  if (windowState.wasMaximized()) mainWindow.maximize()
  windowState.track(mainWindow)
  mainWindow.on('closed', () => (mainWindow = null))
}
