import type { AnyCertificateContent, CertificateStatement, CertificateStep, PaperSize } from '@shared/certificate/content'
import { languagesOf } from '@shared/certificate/content'
import { formatCertificateTime } from '@shared/certificate/format-time'
import type { LanguageCode } from '@shared/i18n/languages'
import { brandWords, osFamilyWords } from '@shared/i18n/device-words'
import { languageNames } from '@shared/certificate/language-names'
import { stepTitleKey, type StepId } from '@shared/offboarding/catalogue'
import { CERTIFICATE_FONT_STACK, CERTIFICATE_MONO_STACK } from './certificate-fonts'
import { certificateTexts, type CertificateTexts } from './certificate-text'

/** How to render a certificate: the paper, the signer's fingerprint and, once issued, the QR code. */
export interface RenderOptions {
  paperSize: PaperSize
  /** Fingerprint of the signing key. */
  fingerprint: string
  /** The QR code as an SVG element; null renders the preview of a certificate not issued yet. */
  qrSvg: string | null
}

/** Escapes text for HTML element content and attribute values. */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/** Interpolation values, the same for every language or worked out per language (a date). */
type Values = Record<string, unknown> | ((language: LanguageCode) => Record<string, unknown>)

/** Writes the page's texts: each in the primary language, with the second language beneath it where it words it differently. */
interface Writer {
  /** The primary language. */
  primary: LanguageCode
  /** The text of a key in the primary language only (attributes, and lines of user text). */
  plain(key: string, values?: Values): string
  /** The text of a key in the second language, as a line beneath the primary text (`primaryText` when it is not the key's own); nothing without a second language or where it reads the same. */
  second(key: string, values?: Values, primaryText?: string): string
  /** The text of a key in every language, as HTML. */
  text(key: string, values?: Values): string
  /** Several keys as one paragraph in the second language; nothing where every one reads the same. */
  secondParagraph(render: (t: (key: string) => string) => string, keys: readonly string[]): string
}

function writer(texts: CertificateTexts): Writer {
  const [primary, secondary] = texts.languages
  const translate = (index: number, key: string, values?: Values) =>
    String(texts.each[index](key, typeof values === 'function' ? values(texts.languages[index]) : values))
  const plain = (key: string, values?: Values) => translate(0, key, values)
  const differs = (key: string, values?: Values, primaryText = plain(key, values)) =>
    secondary !== undefined && translate(1, key, values) !== primaryText
  const beneath = (html: string) => `<span class="second" lang="${secondary}">${html}</span>`
  const second = (key: string, values?: Values, primaryText?: string) =>
    differs(key, values, primaryText) ? beneath(translate(1, key, values)) : ''
  return {
    primary,
    plain,
    second,
    text: (key, values) => plain(key, values) + second(key, values),
    secondParagraph: (render, keys) => (keys.some((key) => differs(key)) ? beneath(render((key) => translate(1, key))) : '')
  }
}

function row(w: Writer, label: string, value: string): string {
  return `<tr><th scope="row">${w.text(label)}</th><td>${value === '' ? `<span class="muted">${w.text('page.notRecorded')}</span>` : `<bdi>${escapeHtml(value)}</bdi>`}</td></tr>`
}

function statementLine(w: Writer, statement: CertificateStatement, steps: CertificateStep[]): string {
  const outcome = statement.outcome === 'confirmed' ? `confirmed-${statement.confirmedBy ?? 'owner'}` : statement.outcome
  const keys = [`page.statements.${statement.id}`, `page.statementOutcomes.${outcome}`]
  const line = (t: (key: string) => string) => `<span class="statement">${t(keys[0])}</span> <strong>${t(keys[1])}</strong>`
  const numbers = statement.stepIds.map((id) => steps.findIndex((step) => step.id === id) + 1).filter((n) => n > 0)
  const stepNote =
    numbers.length > 0
      ? ` <span class="muted">(${w.plain('page.seeSteps', { count: numbers.length, steps: numbers.join(', ') })})</span>`
      : ''
  return `<li>${line(w.plain)}${stepNote}${w.secondParagraph(line, keys)}</li>`
}

/** A step's title: as signed, with the catalogue's title in the second language beneath it. */
function stepTitle(w: Writer, step: CertificateStep): string {
  const key = stepTitleKey(step.id as StepId)
  return escapeHtml(step.title) + w.second(key, { defaultValue: step.title }, w.plain(key, { defaultValue: step.title }))
}

function stepRow(w: Writer, step: CertificateStep, index: number, timeZone: string): string {
  const confirmation =
    step.outcome === 'done'
      ? w.text(`page.confirmedBy.${step.confirmedBy ?? 'owner'}`)
      : step.reason
        ? w.plain('page.reason', { reason: step.reason })
        : step.outcome === 'skipped'
          ? w.text('page.noReason')
          : ''
  return [
    '<tr>',
    `<td class="num">${index + 1}</td>`,
    `<td>${stepTitle(w, step)}</td>`,
    `<td>${w.text(`page.outcomes.${step.outcome}`)}</td>`,
    `<td class="time">${step.at ? escapeHtml(formatCertificateTime(step.at, timeZone, w.primary, 'short')) : ''}</td>`,
    `<td>${confirmation}</td>`,
    '</tr>'
  ].join('')
}

function signatureBox(w: Writer, label: string, name: string | null): string {
  return `<div class="signature"><div class="line"></div><div>${w.text(label)}</div><div class="muted">${name ? `<bdi>${escapeHtml(name)}</bdi>` : '&nbsp;'}</div></div>`
}

const STYLE = (paper: PaperSize) => `
@page { size: ${paper}; margin: 10mm 12mm; }
* { box-sizing: border-box; }
html { color: #000; background: #fff; font: 8.2pt/1.25 ${CERTIFICATE_FONT_STACK}; }
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
th, td { text-align: left; vertical-align: top; padding: 0.45mm 1mm; overflow-wrap: anywhere; }
.facts { table-layout: fixed; }
.facts th { width: 40%; font-weight: normal; color: #333; padding-left: 0; }
.steps th { border-bottom: 0.8pt solid #000; font-weight: bold; }
.steps td { border-bottom: 0.4pt solid #777; }
.steps .num { width: 5mm; text-align: right; padding-left: 0; white-space: nowrap; }
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
.fingerprint { font-family: ${CERTIFICATE_MONO_STACK}; font-weight: bold; white-space: nowrap; }
.mono { font-family: ${CERTIFICATE_MONO_STACK}; }
.signatures { display: grid; grid-template-columns: 1fr 1fr; gap: 12mm; margin-top: 3mm; }
.signature .line { border-bottom: 0.8pt solid #000; height: 10mm; margin-bottom: 0.8mm; }
.notice { margin-top: 3mm; border-top: 0.6pt solid #000; padding-top: 1.2mm; }
.second { display: block; color: #333; font-size: 0.88em; font-weight: normal; }
h1 .second { font-size: 0.62em; }
h2 .second { display: inline; text-transform: none; letter-spacing: 0; }
h2 .second::before { content: " · "; }
.bilingual { font-size: 7.2pt; line-height: 1.18; }
.bilingual h1 { font-size: 13pt; }
.bilingual h1 .second { display: inline; }
.bilingual h1 .second::before { content: " · "; }
.bilingual p { margin: 0.3mm 0; }
.bilingual .steps td:not(:nth-child(2)) .second, .bilingual .steps th .second { display: inline; }
.bilingual .steps td:not(:nth-child(2)) .second::before, .bilingual .steps th .second::before { content: " / "; }
.bilingual h2 { margin: 1.6mm 0 0.6mm; }
.bilingual th, .bilingual td { padding-top: 0.25mm; padding-bottom: 0.25mm; }
.bilingual .steps .outcome { width: 28mm; }
.bilingual .second { font-size: 0.85em; }
.bilingual .signatures { margin-top: 2mm; }
.bilingual .signature .line { height: 5.5mm; }
.bilingual .notice { font-size: 6.2pt; margin-top: 1.6mm; display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; }
.bilingual .notice .second { font-size: 1em; }
section, .signatures, .notice, tr { break-inside: avoid; }
@media screen {
  html { background: #e6e6e6; }
  body { width: ${paper === 'A4' ? '210mm' : '215.9mm'}; min-height: ${paper === 'A4' ? '297mm' : '279.4mm'}; margin: 6mm auto; padding: 10mm 12mm; background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.3); }
}
`

const NOTICE_KEYS = ['page.tamperEvident', 'page.algorithm', 'page.tamperEvidentDetail'] as const

/** The closing notice: what the seal proves and what it does not. */
function notice(t: (key: string) => string): string {
  return `<strong>${t('page.tamperEvident')}</strong> ${t('page.algorithm')}. ${t('page.tamperEvidentDetail')}`
}

function pageBody(content: AnyCertificateContent, w: Writer, options: RenderOptions): string {
  const zone = content.timeZone
  const issued = w.text('page.issuedValue', (language) => ({
    date: formatCertificateTime(content.issuedAt, zone, language, 'long'),
    zone,
    offset: content.utcOffset
  }))
  const preview = options.qrSvg === null
  const device = content.device
  const os = [osFamilyWords(w.plain, device.osFamily), device.osVersion].filter(Boolean).join(' ')
  return `
<header>
  <div><h1>${w.text('page.title')}</h1><p>${w.text('page.subtitle')}</p></div>
  <div class="ids">
    <div>${w.plain('page.idLabel')}: <span class="mono nowrap">${preview ? w.plain('page.idPending') : escapeHtml(content.id)}</span>${w.second('page.idLabel')}</div>
    <div>${w.plain('page.issuedLabel')}: ${issued}</div>
  </div>
</header>
${preview ? `<p class="banner" role="note">${w.text('page.previewBanner')}</p>` : ''}
<div class="top">
  <section>
    <h2>${w.text('page.parties')}</h2>
    <table class="facts"><tbody>
      ${row(w, 'page.preparedBy', content.preparer.name)}
      ${row(w, 'page.contact', content.preparer.contact)}
      <tr><th scope="row">${w.text('page.recipient')}</th><td>${content.recipient ? `<bdi>${escapeHtml(content.recipient.name)}</bdi>` : w.text('page.recipientNotNamed')}</td></tr>
    </tbody></table>
    <h2>${w.text('page.handover')}</h2>
    <table class="facts"><tbody>
      <tr><th scope="row">${w.text('page.destination')}</th><td>${w.text(`page.destinations.${content.destination}`)}</td></tr>
      <tr><th scope="row">${w.text('page.method')}</th><td>${w.text(`page.methods.${content.method}`)}</td></tr>
      ${row(w, 'page.tool', `${content.tool.name} ${content.tool.version}`)}
      ${row(w, 'page.languages', languageNames(languagesOf(content)))}
    </tbody></table>
  </section>
  <section>
    <h2>${w.text('page.device')}</h2>
    <table class="facts"><tbody>
      ${row(w, 'page.brand', brandWords(w.plain, device.brand))}
      ${row(w, 'page.marketName', device.marketName)}
      ${row(w, 'page.modelNumber', device.modelNumber)}
      ${row(w, 'page.serial', device.serial)}
      ${row(w, 'page.imei1', device.imei1)}
      ${row(w, 'page.imei2', device.imei2)}
      ${row(w, 'page.os', os)}
    </tbody></table>
    ${device.identifiers === 'masked' ? `<p class="muted">${w.text('page.maskedNote')}</p>` : ''}
  </section>
  <section class="seal" aria-label="${w.plain('page.sealTitle')}">
    <h2>${w.text('page.sealTitle')}</h2>
    ${preview ? `<div class="qr pending">${w.text('page.qrPending')}</div>` : `<div class="qr" role="img" aria-label="${w.plain('page.qrAlt')}">${options.qrSvg}</div>`}
    <p>${w.text('page.fingerprint')}<br><span class="fingerprint">${escapeHtml(options.fingerprint)}</span></p>
  </section>
</div>
<section>
  <h2>${w.text('page.statementsTitle')}</h2>
  <p>${w.text('page.statementsIntro')}</p>
  <ul class="statements">${content.statements.map((statement) => statementLine(w, statement, content.steps)).join('')}</ul>
</section>
<section>
  <h2>${w.text('page.stepsTitle')}</h2>
  <table class="steps">
    <thead><tr><th class="num">${w.plain('page.stepNumber')}</th><th>${w.text('page.step')}</th><th class="outcome">${w.text('page.outcome')}</th><th class="time">${w.text('page.time')}</th><th class="confirmation">${w.text('page.confirmation')}</th></tr></thead>
    <tbody>${content.steps.map((step, index) => stepRow(w, step, index, zone)).join('')}</tbody>
  </table>
</section>
<div class="signatures" role="group" aria-label="${w.plain('page.signaturesTitle')}">
  ${signatureBox(w, 'page.preparerSignature', content.preparer.name)}
  ${signatureBox(w, 'page.recipientSignature', content.recipient?.name ?? null)}
</div>
<p class="notice"><span>${notice(w.plain)}</span>${w.secondParagraph(notice, NOTICE_KEYS)}</p>`
}

/**
 * The printable certificate in its language(s): one self-contained HTML document (no scripts, no external resources)
 * with a black-and-white print stylesheet laid out to fit one A4 or US Letter page.
 */
export async function renderCertificateHtml(content: AnyCertificateContent, options: RenderOptions): Promise<string> {
  const languages = languagesOf(content)
  const w = writer(await certificateTexts(languages))
  const title = options.qrSvg === null ? w.plain('page.title') : w.plain('page.documentTitle', { id: content.id })
  return `<!doctype html>
<html lang="${languages[0]}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${title}</title>
<style>${STYLE(options.paperSize)}</style>
</head>
<body${languages.length > 1 ? ' class="bilingual"' : ''}>${pageBody(content, w, options)}
</body>
</html>`
}
