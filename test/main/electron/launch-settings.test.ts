import { describe, expect, it } from 'vitest'
import { crashNotice } from '@main/electron/crash-notice'
import { launchSettings } from '@main/electron/launch-settings'
import { loadFailurePage } from '@main/electron/load-failure-page'
import { secureWebPreferences } from '@main/electron/web-preferences'
import { createCurrentLanguage } from '@main/services/language/current-language'

const { t } = await createCurrentLanguage('en')

const env = { ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/', HANDOVER_DATA_DIR: '/tmp/other-data' }

describe('launch settings', () => {
  it('a packaged app ignores the renderer URL and data folder from the environment and has no DevTools', () => {
    expect(launchSettings(env, true)).toEqual({ rendererUrl: undefined, dataDir: undefined, devTools: false })
    expect(secureWebPreferences('/app/preload.cjs', { devTools: launchSettings(env, true).devTools }).devTools).toBe(false)
  })

  it('an unpackaged app (electron-vite dev, tests) honours both and keeps DevTools', () => {
    expect(launchSettings(env, false)).toEqual({ rendererUrl: 'http://127.0.0.1:5173/', dataDir: '/tmp/other-data', devTools: true })
    expect(launchSettings({ ELECTRON_RENDERER_URL: '  ', HANDOVER_DATA_DIR: '' }, false)).toEqual({
      rendererUrl: undefined,
      dataDir: undefined,
      devTools: true
    })
  })

  it('web preferences leave DevTools off unless asked', () => {
    expect(secureWebPreferences('/app/preload.cjs').devTools).toBe(false)
    expect(secureWebPreferences('/app/preload.cjs', { devTools: true }).devTools).toBe(true)
  })
})

describe('when something goes wrong', () => {
  it('a crashed window or helper offers Reload and says nothing was lost; a clean or deliberate exit says nothing', () => {
    const notice = crashNotice(t, 'window', 'crashed')
    expect(notice).toMatchObject({ buttons: ['Reload', 'Quit'], message: expect.stringContaining('(crashed)') })
    expect(notice?.detail).toMatch(/Nothing was lost/)
    expect(crashNotice(t, 'helper', 'oom', 'GPU')?.message).toContain('(GPU)')
    expect(crashNotice(t, 'window', 'clean-exit')).toBeNull()
    expect(crashNotice(t, 'helper', 'killed', 'Utility')).toBeNull()
  })

  it('a page that did not load is replaced by one that says so, with the reason escaped', () => {
    const page = decodeURIComponent(
      loadFailurePage(t, 'en', 'ERR_FILE_NOT_FOUND <script>alert(1)</script>').replace(/^data:text\/html;charset=utf-8,/, '')
    )
    expect(page).toContain('Handover could not open its window')
    expect(page).toContain('ERR_FILE_NOT_FOUND &lt;script&gt;')
    expect(page).not.toContain('<script>')
    expect(page).toContain('Your records were not changed')
    expect(page).toContain("default-src 'none'")
  })
})
