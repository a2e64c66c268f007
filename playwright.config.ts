import { defineConfig } from '@playwright/test'
import { CHROMIUM_LAUNCH_OPTIONS } from './e2e/support/chromium-launch'
import { findElectronBinary } from './e2e/support/electron-binary'

const electron = findElectronBinary()
const isMainProcess = process.env['TEST_WORKER_INDEX'] === undefined
if (electron.path === null && isMainProcess && !process.argv.includes('--list')) {
  console.log(`[e2e] Electron tier skipped: ${electron.reason}; the same specs run in the Chromium tier.`)
}

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: false,
  workers: process.env['CI'] ? 1 : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    locale: 'en-GB',
    timezoneId: 'Europe/London'
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: CHROMIUM_LAUNCH_OPTIONS
      }
    },
    ...(electron.path ? [{ name: 'electron' }] : [])
  ]
})
