import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Where the electron package keeps its binary, or why there is none to use. */
export type ElectronBinary = { path: string } | { path: null; reason: string }

/** The Electron executable installed in `root`/node_modules/electron, as its own installer records it in path.txt. */
export function findElectronBinary(root: string): ElectronBinary {
  const pkg = join(root, 'node_modules/electron')
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile)) return { path: null, reason: 'the Electron binary has not been downloaded into node_modules/electron' }
  const executable = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(executable) ? { path: executable } : { path: null, reason: `the Electron binary ${executable} is missing` }
}
