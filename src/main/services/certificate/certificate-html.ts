import type { CertificateContent, CertificateStatement, CertificateStep, PaperSize } from '../../../shared/certificate/content'
import { certificateText } from './certificate-text'

/** How to render a certificate: the paper, the signer's fingerprint and, once issued, the QR code. */
export interface RenderOptions {
  paperSize: PaperSize
  /** Fingerprint of the signing key. */
  fingerprint: string
  /** The QR code as an SVG element; null renders the preview of a certificate not issued yet. */
  qrSvg: string | null
}

const t = certificateText()

/** Escapes text for HTML element content and attribute values. */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

function formatTime(iso: string, timeZone: string, style: 'long' | 'short'): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: style,
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit'
  }).format(new Date(iso))
}

function row(label: string, value: string): string {
  return `<tr><th scope="row">${label}</th><td>${value === '' ? `<span class="muted">${t('page.notRecorded')}</span>` : escapeHtml(value)}</td></tr>`
}

function statementLine(statement: CertificateStatement, steps: CertificateStep[]): string {
  const outcome =
    statement.outcome === 'confirmed' ? `confirmed-${statement.confirmedBy ?? 'owner'}` : statement.outcome
  const numbers = statement.stepIds.map((id) => steps.findIndex((step) => step.id === id) + 1).filter((n) => n > 0)
  const stepNote = numbers.length > 0 ? ` <span class="muted">(${t('page.seeSteps', { count: numbers.length, steps: numbers.join(', ') })})</span>` : ''
  return `<li><span class="statement">${t(`page.statements.${statement.id}`)}</span> <strong>${t(`page.statementOutcomes.${outcome}`)}</strong>${stepNote}</li>`
}

function stepRow(step: CertificateStep, index: number, timeZone: string): string {
  const confirmation =
    step.outcome === 'done'
      ? t(`page.confirmedBy.${step.confirmedBy ?? 'owner'}`)
      : step.reason
        ? t('page.reason', { reason: step.reason })
        : step.outcome === 'skipped'
          ? t('page.noReason')
          : ''
  return [
    '<tr>',
    `<td class="num">${index + 1}</td>`,
    `<td>${escapeHtml(step.title)}</td>`,
    `<td>${t(`page.outcomes.${step.outcome}`)}</td>`,
    `<td class="time">${step.at ? escapeHtml(formatTime(step.at, timeZone, 'short')) : ''}</td>`,
    `<td>${confirmation}</td>`,
    '</tr>'
  ].join('')
}

function signatureBox(label: string, name: string | null): string {
  return `<div class="signature"><div class="line"></div><div>${label}</div><div class="muted">${name ? escapeHtml(name) : '&nbsp;'}</div></div>`
}

const STYLE = (paper: PaperSize) => `
@page { size: ${paper}; margin: 10mm 12mm; }
* { box-sizing: border-box; }
html { color: #000; background: #fff; font: 8.2pt/1.25 "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; }
body { margin: 0; }
h1 { font-size: 15pt; margin: 0; }
h2 { font-size: 8.6pt; margin: 2.6mm 0 1mm; text-transform: uppercase; letter-spacing: 0.04em; border-bottom: 0.6pt solid #000; padding-bottom: 0.5mm; }
p { margin: 0.6mm 0; }
.muted { color: #333; }
header { display: flex; justify-content: space-between; align-items: flex-start; gap: 5mm; }
header .ids { text-align: right; flex: none; }
.nowrap { white-space: nowrap; }
.banner { border: 1.2pt dashed #000; padding: 1.5mm 2.4mm; margin: 2mm 0 0; font-weight: bold; }
.top { display: grid; grid-template-columns: 1fr 1fr 36mm; gap: 5mm; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.45mm 1mm; }
.facts { table-layout: fixed; }
.facts th { width: 40%; font-weight: normal; color: #333; padding-left: 0; }
.steps th { border-bottom: 0.8pt solid #000; font-weight: bold; }
.steps td { border-bottom: 0.4pt solid #777; }
.steps .num { width: 5mm; text-align: right; padding-left: 0; }
.steps .outcome { width: 24mm; }
.steps .time { width: 27mm; white-space: nowrap; }
.steps .confirmation { width: 52mm; }
ul.statements { margin: 0; padding-left: 4.5mm; }
ul.statements li { margin: 0.4mm 0; }
.seal { text-align: center; }
.seal h2 { text-align: left; }
.seal .qr { width: 36mm; height: 36mm; }
.seal .qr svg { width: 100%; height: 100%; display: block; }
.seal .qr.pending { border: 0.8pt dashed #000; display: flex; align-items: center; justify-content: center; padding: 2mm; }
.fingerprint { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-weight: bold; white-space: nowrap; }
.mono { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; }
.signatures { display: grid; grid-template-columns: 1fr 1fr; gap: 12mm; margin-top: 3mm; }
.signature .line { border-bottom: 0.8pt solid #000; height: 10mm; margin-bottom: 0.8mm; }
.notice { margin-top: 3mm; border-top: 0.6pt solid #000; padding-top: 1.2mm; }
section, .signatures, .notice, tr { break-inside: avoid; }
@media screen {
  html { background: #e6e6e6; }
  body { width: ${paper === 'A4' ? '210mm' : '215.9mm'}; min-height: ${paper === 'A4' ? '297mm' : '279.4mm'}; margin: 6mm auto; padding: 10mm 12mm; background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.3); }
}
`

function pageBody(content: CertificateContent, options: RenderOptions): string {
  const zone = content.timeZone
  const issued = t('page.issuedValue', { date: formatTime(content.issuedAt, zone, 'long'), zone, offset: content.utcOffset })
  const preview = options.qrSvg === null
  const device = content.device
  const os = [device.osFamily, device.osVersion].filter(Boolean).join(' ')
  return `
<header>
  <div><h1>${t('page.title')}</h1><p>${t('page.subtitle')}</p></div>
  <div class="ids">
    <div>${t('page.idLabel')}: <span class="mono nowrap">${preview ? t('page.idPending') : escapeHtml(content.id)}</span></div>
    <div>${t('page.issuedLabel')}: <span class="nowrap">${issued}</span></div>
  </div>
</header>
${preview ? `<p class="banner" role="note">${t('page.previewBanner')}</p>` : ''}
<div class="top">
  <section>
    <h2>${t('page.parties')}</h2>
    <table class="facts"><tbody>
      ${row(t('page.preparedBy'), content.preparer.name)}
      ${row(t('page.contact'), content.preparer.contact)}
      <tr><th scope="row">${t('page.recipient')}</th><td>${content.recipient ? escapeHtml(content.recipient.name) : t('page.recipientNotNamed')}</td></tr>
    </tbody></table>
    <h2>${t('page.handover')}</h2>
    <table class="facts"><tbody>
      <tr><th scope="row">${t('page.destination')}</th><td>${t(`page.destinations.${content.destination}`)}</td></tr>
      <tr><th scope="row">${t('page.method')}</th><td>${t(`page.methods.${content.method}`)}</td></tr>
      ${row(t('page.tool'), `${content.tool.name} ${content.tool.version}`)}
    </tbody></table>
  </section>
  <section>
    <h2>${t('page.device')}</h2>
    <table class="facts"><tbody>
      ${row(t('page.brand'), device.brand)}
      ${row(t('page.marketName'), device.marketName)}
      ${row(t('page.modelNumber'), device.modelNumber)}
      ${row(t('page.serial'), device.serial)}
      ${row(t('page.imei1'), device.imei1)}
      ${row(t('page.imei2'), device.imei2)}
      ${row(t('page.os'), os)}
    </tbody></table>
    ${device.identifiers === 'masked' ? `<p class="muted">${t('page.maskedNote')}</p>` : ''}
  </section>
  <section class="seal" aria-label="${t('page.sealTitle')}">
    <h2>${t('page.sealTitle')}</h2>
    ${preview ? `<div class="qr pending">${t('page.qrPending')}</div>` : `<div class="qr" role="img" aria-label="${t('page.qrAlt')}">${options.qrSvg}</div>`}
    <p>${t('page.fingerprint')}<br><span class="fingerprint">${escapeHtml(options.fingerprint)}</span></p>
  </section>
</div>
<section>
  <h2>${t('page.statementsTitle')}</h2>
  <p>${t('page.statementsIntro')}</p>
  <ul class="statements">${content.statements.map((statement) => statementLine(statement, content.steps)).join('')}</ul>
</section>
<section>
  <h2>${t('page.stepsTitle')}</h2>
  <table class="steps">
    <thead><tr><th class="num">${t('page.stepNumber')}</th><th>${t('page.step')}</th><th class="outcome">${t('page.outcome')}</th><th class="time">${t('page.time')}</th><th class="confirmation">${t('page.confirmation')}</th></tr></thead>
    <tbody>${content.steps.map((step, index) => stepRow(step, index, zone)).join('')}</tbody>
  </table>
</section>
<div class="signatures" role="group" aria-label="${t('page.signaturesTitle')}">
  ${signatureBox(t('page.preparerSignature'), content.preparer.name)}
  ${signatureBox(t('page.recipientSignature'), content.recipient?.name ?? null)}
</div>
<p class="notice"><strong>${t('page.tamperEvident')}</strong> ${t('page.algorithm')}. ${t('page.tamperEvidentDetail')}</p>`
}

/**
 * The printable certificate: one self-contained HTML document (no scripts, no external resources)
 * with a black-and-white print stylesheet laid out to fit one A4 or US Letter page.
 */
export function renderCertificateHtml(content: CertificateContent, options: RenderOptions): string {
  const title = options.qrSvg === null ? t('page.title') : t('page.documentTitle', { id: content.id })
  return `<!doctype html>
<html lang="${content.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${title}</title>
<style>${STYLE(options.paperSize)}</style>
</head>
<body>${pageBody(content, options)}
</body>
</html>`
}
