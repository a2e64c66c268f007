import type { TFunction } from 'i18next'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)

/** A self-contained page, in the language of `t`, for a window whose app page could not be loaded: what happened, that nothing changed, what to do. */
export function loadFailurePage(t: TFunction, language: string, reason: string): string {
  const text = (key: string, values?: Record<string, string>): string => escape(t(`main:loadFailure.${key}`, values))
  return `data:text/html;charset=utf-8,${encodeURIComponent(`<!doctype html><html lang="${escape(language)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${text('title')}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:4rem auto;max-width:36rem;padding:0 1rem;color:#222;background:#f7f7f5}</style></head>
<body><main><h1>${text('heading')}</h1>
<p>${text('reason', { reason })}</p>
<p>${text('advice')}</p></main></body></html>`)}`
}
