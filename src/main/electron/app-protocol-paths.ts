import { extname, join, normalize, sep } from 'node:path'

/** The scheme the app's pages are served from instead of loose file:// URLs. */
export const APP_SCHEME = 'app'
/** The host of the app's pages. */
export const APP_HOST = 'handover'
/** The origin the renderer runs at in production. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** The strict Content Security Policy of the app's pages. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  // The certificate preview is a srcdoc frame and its QR code inline SVG: nothing else is framed or loaded as an image.
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'"
].join('; ')

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json'
}

/** Maps an app:// URL to a file under the renderer folder, or null when it would leave that folder. */
export function resolveAppAsset(rendererRoot: string, url: string): { file: string; mime: string } | null {
  let pathname: string
  try {
    const parsed = new URL(url)
    if (parsed.host !== APP_HOST) return null
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (pathname === '/' || pathname === '') pathname = '/index.html'
  const file = normalize(join(rendererRoot, pathname))
  if (!file.startsWith(normalize(rendererRoot) + sep)) return null
  return { file, mime: MIME[extname(file)] ?? 'application/octet-stream' }
}
