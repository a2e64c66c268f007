import { useMemo, useRef } from 'react'

/** The certificate document without its <style> elements, and their CSS. */
function splitStyles(html: string): { markup: string; css: string } {
  const document = new DOMParser().parseFromString(html, 'text/html')
  const styles = [...document.querySelectorAll('style')]
  const css = styles.map((style) => style.textContent ?? '').join('\n')
  for (const style of styles) style.remove()
  return { markup: `<!doctype html>${document.documentElement.outerHTML}`, css }
}

/**
 * Shows a certificate's printable HTML in a sandboxed frame (no scripts). The app's CSP forbids inline
 * styles, which the frame inherits, so the certificate's stylesheet is applied through the CSSOM instead.
 * With `reveal`, the frame scrolls into view once loaded (a preview that opens below the fold).
 */
export function CertificateFrame(props: { html: string; title: string; reveal?: boolean }) {
  const ref = useRef<HTMLIFrameElement>(null)
  const { markup, css } = useMemo(() => splitStyles(props.html), [props.html])
  const applyStyles = (): void => {
    const frame = ref.current
    const frameWindow = frame?.contentWindow as (Window & typeof globalThis) | null | undefined
    if (!frame?.contentDocument || !frameWindow) return
    const sheet = new frameWindow.CSSStyleSheet()
    sheet.replaceSync(css)
    frame.contentDocument.adoptedStyleSheets = [sheet]
    if (props.reveal) frame.scrollIntoView({ block: 'start' })
  }
  return (
    <iframe ref={ref} className="certificate-frame" title={props.title} sandbox="allow-same-origin" srcDoc={markup} onLoad={applyStyles} />
  )
}
