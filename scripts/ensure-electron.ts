// Makes sure the Electron binary is there before the app starts: if it is missing, runs the
// electron package's own installer (which honours ELECTRON_MIRROR, electron_config_cache and
// electron_use_remote_checksums). Where the download cannot be reached it says so in one line
// and exits 1, instead of letting electron-vite fail with "Electron uninstall".
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { findElectronBinary } from './electron-binary.ts'

const root = resolve(import.meta.dirname, '..')
const electronPackage = join(root, 'node_modules/electron')

/** The first line of the installer's error output: the reason without its stack. */
function firstErrorLine(output: string): string {
  const line = output
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('at '))
  return (line ?? 'the installer exited without saying why').replace(/^\w*Error: /, '').slice(0, 200)
}

if (findElectronBinary(root).path === null) {
  const { version } = JSON.parse(readFileSync(join(electronPackage, 'package.json'), 'utf8')) as { version: string }
  console.log(`[handover] downloading Electron ${version} (about 100 MB) with its installer…`)
  const install = spawnSync(process.execPath, [join(electronPackage, 'install.js')], { encoding: 'utf8' })
  const installed = findElectronBinary(root)
  if (install.status !== 0 || installed.path === null) {
    const reason =
      install.status !== 0 ? firstErrorLine(`${install.stderr}\n${install.stdout}`) : installed.path === null ? installed.reason : ''
    const source = process.env['ELECTRON_MIRROR'] ? `from ${process.env['ELECTRON_MIRROR']}` : 'from the Electron releases'
    console.error(
      `[handover] The Electron download could not be reached (${reason}, ${source}): connect to the internet, or set ELECTRON_MIRROR to a mirror you can reach, then run the command again.`
    )
    process.exit(1)
  }
  console.log(`[handover] Electron ${version} installed.`)
}
