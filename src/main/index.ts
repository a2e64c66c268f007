import { join } from 'node:path'
import { app, type BrowserWindow } from 'electron'
import { bridgeRouter } from './electron/ipc-bridge'
import { createElectronPorts } from './electron/electron-ports'
import { installAppMenu } from './electron/app-menu'
import { createMainWindow, denyAllPermissions, registerAppScheme, rendererRootFrom, serveRenderer } from './electron/main-window'
import { windowStateKeeper } from './electron/window-state'
import { APP_ORIGIN } from './electron/app-protocol-paths'
import { createAppRouter } from './ipc/handlers'
import { trustedOrigins } from './ipc/router'
import { createServices } from './services/create-services'

const devServerUrl = process.env['ELECTRON_RENDERER_URL']
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
  app.whenReady().then(start, (error: unknown) => {
    console.error('[handover] could not start:', error instanceof Error ? error.message : error)
    app.exit(1)
  })
}

/** Wires ports, services, IPC, menu and the window once Electron is ready. */
async function start(): Promise<void> {
  const dataDir = process.env['HANDOVER_DATA_DIR'] ?? join(app.getPath('userData'), 'data')
  denyAllPermissions()
  serveRenderer(rendererRootFrom(import.meta.dirname))
  const ports = await createElectronPorts(() => mainWindow)
  const services = await createServices(dataDir, app.getVersion(), ports)
  app.on('before-quit', () => services.usb.stop())
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
