import type { Configuration } from 'electron-builder'

/** The fuse settings electron-builder flips in the packaged executable. */
export type FuseOptions = NonNullable<Configuration['electronFuses']>

/**
 * The Electron fuses of a packaged Handover: no running as plain Node, no NODE_OPTIONS, the app
 * only from its integrity-checked app.asar, no extra file:// privileges, encrypted cookies.
 * A test build keeps the --inspect arguments, which Playwright's Electron launcher needs.
 */
export function releaseFuses(options: { testBuild: boolean }): FuseOptions {
  return {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: options.testBuild,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
    enableCookieEncryption: true,
    resetAdHocDarwinSignature: true
  }
}
