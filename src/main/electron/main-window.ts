import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { app, BrowserWindow, protocol, session, shell } from 'electron'
import { loadFailurePage } from './load-failure-page'
import type { CurrentLanguage } from '../services/language/current-language'
import { decideNavigation } from './navigation-policy'
import { APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY, resolveAppAsset } from './app-protocol-paths'
import { secureWebPreferences } from './web-preferences'

/** Registers app:// as a secure, standard scheme; call before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
}

/** Serves the built renderer from app://handover with the CSP header; nothing outside its folder. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const asset = resolveAppAsset(rendererRoot, request.url)
    if (!asset) return new Response('Not found', { status: 404 })
    try {
      const body = await readFile(asset.file)
      return new Response(body, { headers: { 'content-type': asset.mime, 'content-security-policy': CONTENT_SECURITY_POLICY } })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  })
}

/** Denies every permission request (camera, notifications, geolocation, …) from every page. */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
}

/** No web contents, hidden print windows included, may open windows or attach webviews. */
export function denyNewWindowsEverywhere(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
    contents.on('will-attach-webview', (event) => event.preventDefault())
  })
}

/**
 * Creates the main window with the security baseline and the navigation guards. It shows once its
 * page is ready to paint; a page that fails to load is replaced by a page saying so.
 */
export function createMainWindow(options: {
  preloadPath: string
  iconPath: string
  devServerUrl: string | undefined
  devTools: boolean
  bounds: Partial<Electron.Rectangle>
  /** The language the page saying a load failed is written in. */
  text: Pick<CurrentLanguage, 't' | 'language'>
  onLoadFailure: (reason: string) => void
  /** Errors the page writes to its console (the renderer's error boundary among them). */
  onPageError: (message: string) => void
}): BrowserWindow {
  const window = new BrowserWindow({
    ...options.bounds,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Handover',
    icon: options.iconPath,
    backgroundColor: '#f7f7f5',
    webPreferences: secureWebPreferences(options.preloadPath, { devTools: options.devTools })
  })
  const origin = options.devServerUrl ? new URL(options.devServerUrl).origin : APP_ORIGIN
  const guard = (url: string): void => {
    const decision = decideNavigation(url, origin)
    if (decision.action === 'deny-and-open-externally') void shell.openExternal(decision.url)
  }
  window.webContents.on('will-navigate', (event, url) => {
    event.preventDefault()
    guard(url)
  })
  window.webContents.on('will-redirect', (event) => event.preventDefault())
  window.webContents.on('will-attach-webview', (event) => event.preventDefault())
  window.webContents.setWindowOpenHandler(({ url }) => {
    guard(url)
    return { action: 'deny' }
  })
  window.webContents.on('console-message', (details) => {
    if (details.level === 'error') options.onPageError(details.message)
  })
  window.once('ready-to-show', () => window.show())
  window.loadURL(options.devServerUrl ?? `${APP_ORIGIN}/index.html`).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error)
    options.onLoadFailure(reason)
    if (window.isDestroyed()) return
    const show = (): void => void (window.isDestroyed() || window.show())
    void window.loadURL(loadFailurePage(options.text.t, options.text.language, reason)).then(show, show)
  })
  return window
}

/** Where the built renderer lives next to the built main process. */
export function rendererRootFrom(mainDir: string): string {
  return join(mainDir, '../renderer')
}
