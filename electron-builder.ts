import type { Configuration } from 'electron-builder'
import { releaseFuses } from './scripts/release-fuses'

/**
 * Installers for a household: AppImage and deb on Linux, NSIS on Windows, dmg on macOS.
 * The app.asar carries only the built app in out/ (main bundles its libraries) and whatever
 * stays in package.json "dependencies" because the main process loads it at run time.
 * HANDOVER_TEST_BUILD=1 keeps the --inspect fuse so Playwright's Electron tier can drive the build.
 */
const config: Configuration = {
  appId: 'app.handover.desktop',
  productName: 'Handover',
  copyright: 'Handover contributors',
  directories: { output: 'dist', buildResources: 'resources' },
  files: ['out/**/*', 'resources/icon.png', 'package.json', '!**/*.map'],
  asar: true,
  asarUnpack: ['**/*.node'],
  electronFuses: releaseFuses({ testBuild: process.env['HANDOVER_TEST_BUILD'] === '1' }),
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Utility',
    icon: 'resources/icon-1024.png',
    executableName: 'handover',
    synopsis: 'Prepare Xiaomi, Redmi and POCO phones for their next owner',
    desktop: {
      entry: {
        Name: 'Handover',
        Comment: 'Prepare Xiaomi, Redmi and POCO phones for their next owner, safely',
        Categories: 'Utility;',
        Keywords: 'phone;xiaomi;redmi;poco;handover;factory reset;'
      }
    }
  },
  deb: { maintainer: 'Handover contributors <handover@example.invalid>' },
  win: { target: ['nsis'], icon: 'resources/icon.png' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.utilities', icon: 'resources/icon-1024.png' },
  dmg: { title: 'Handover' }
}

export default config
