/** What a launch may change through the environment. */
export interface LaunchSettings {
  /** The dev server the window loads instead of the built renderer (electron-vite dev). */
  rendererUrl: string | undefined
  /** A data folder other than the one in user-data (tests). */
  dataDir: string | undefined
  /** Whether the window may open DevTools. */
  devTools: boolean
}

/**
 * ELECTRON_RENDERER_URL and HANDOVER_DATA_DIR are for development and tests: a packaged app
 * ignores them, so nobody can point the installed app's trusted window and preload at another page.
 */
export function launchSettings(env: Record<string, string | undefined>, isPackaged: boolean): LaunchSettings {
  if (isPackaged) return { rendererUrl: undefined, dataDir: undefined, devTools: false }
  const rendererUrl = env['ELECTRON_RENDERER_URL']?.trim()
  const dataDir = env['HANDOVER_DATA_DIR']?.trim()
  return { rendererUrl: rendererUrl || undefined, dataDir: dataDir || undefined, devTools: true }
}
