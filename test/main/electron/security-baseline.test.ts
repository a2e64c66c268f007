import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, resolveAppAsset } from '@main/electron/app-protocol-paths'
import { decideNavigation } from '@main/electron/navigation-policy'
import { secureWebPreferences } from '@main/electron/web-preferences'

describe('security baseline', () => {
  it('the main window runs isolated, sandboxed, without Node', () => {
    const prefs = secureWebPreferences('/app/preload.cjs')
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
  })

  it('the CSP allows only the app’s own scripts and styles, no eval, no inline, no plugins', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]))
    expect(directives['default-src']).toEqual(["'none'"])
    expect(directives['script-src']).toEqual(["'self'"])
    expect(directives['object-src']).toEqual(["'none'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/)
  })

  it('the CSP lets frames and images come only from the app itself (the certificate frame is srcdoc, the QR code inline SVG)', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]))
    expect(directives['frame-src']).toEqual(["'self'"])
    expect(directives['img-src']).toEqual(["'self'"])
  })

  it('the built index.html carries the CSP', () => {
    const built = resolve('out/renderer/index.html')
    expect(existsSync(built), 'run `npm run build` first (npm test does)').toBe(true)
    expect(readFileSync(built, 'utf8')).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}"`)
  })

  it('navigation never leaves the app; only allow-listed https links open in the browser', () => {
    expect(decideNavigation('app://handover/other.html', 'app://handover')).toEqual({ action: 'deny' })
    expect(decideNavigation('https://evil.example/', 'app://handover')).toEqual({ action: 'deny' })
    expect(decideNavigation('http://account.xiaomi.com/', 'app://handover')).toEqual({ action: 'deny' })
    expect(decideNavigation('https://account.xiaomi.com/pass/forgetPassword', 'app://handover')).toEqual({
      action: 'deny-and-open-externally',
      url: 'https://account.xiaomi.com/pass/forgetPassword'
    })
  })

  it('app:// serves only files inside the renderer folder', () => {
    expect(resolveAppAsset('/r', 'app://handover/')).toEqual({ file: '/r/index.html', mime: 'text/html; charset=utf-8' })
    expect(resolveAppAsset('/r', 'app://handover/assets/a.js')?.file).toBe('/r/assets/a.js')
    expect(resolveAppAsset('/r', 'app://handover/%2e%2e/%2e%2e/etc/passwd')?.file).toBe('/r/etc/passwd')
    expect(resolveAppAsset('/r', 'app://handover/..%2f..%2fetc/passwd')).toBeNull()
    expect(resolveAppAsset('/r', 'app://other/index.html')).toBeNull()
  })
})
