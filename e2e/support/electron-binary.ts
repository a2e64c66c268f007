import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** The Electron executable `npm ci` installed, or null with the reason it cannot be used here. */
export function findElectronBinary(): { path: string } | { path: null; reason: string } {
  const pkg = resolve('node_modules/electron')
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile)) {
    return { path: null, reason: 'no Electron binary in node_modules/electron (it is downloaded on first use, and this machine cannot reach the download host)' }
  }
  const executable = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(executable) ? { path: executable } : { path: null, reason: `the Electron binary ${executable} is missing` }
}
