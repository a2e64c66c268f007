import type { WebPreferences } from 'electron'

/** The main window's web preferences: Electron's security checklist, nothing switched off; DevTools only outside packaged builds. */
export function secureWebPreferences(preloadPath: string, options: { devTools: boolean } = { devTools: false }): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: options.devTools
  }
}
