const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** A self-contained page for a window whose app page could not be loaded: what happened, that nothing changed, what to do. */
export function loadFailurePage(reason: string): string {
  const safe = reason.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)
  return `data:text/html;charset=utf-8,${encodeURIComponent(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Handover could not open</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:4rem auto;max-width:36rem;padding:0 1rem;color:#222;background:#f7f7f5}</style></head>
<body><main><h1>Handover could not open its window</h1>
<p>The app’s page did not load (${safe}).</p>
<p>Your records were not changed. Quit Handover and start it again; if this keeps happening, Help › Open Log Folder shows the log to send with a bug report.</p></main></body></html>`)}`
}
