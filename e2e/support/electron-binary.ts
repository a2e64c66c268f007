import { resolve } from 'node:path'
import { findElectronBinary as findIn, type ElectronBinary } from '../../scripts/electron-binary'

/** The Electron executable set-up installed in this clone, or null with the reason the Electron tier skips. */
export function findElectronBinary(): ElectronBinary {
  const found = findIn(resolve('.'))
  return found.path === null
    ? { path: null, reason: `${found.reason} (set-up could not reach the download: see \`bash scripts/setup.sh\`)` }
    : found
}
