import { describe, expect, it, vi } from 'vitest'
import { renderCertificateHtml } from '@main/services/certificate/certificate-html'
import { buildCertificateContent } from '@shared/certificate/build'
import { catalogueText } from '@harness/data/catalogue-text'
import { FACTS, sampleSubject } from '@test/shared/certificate/sample-subject'

/** Spanish as a pseudo-translation of English ("⟦es …⟧", placeholders kept), so every line of the second language is told apart. */
vi.mock('@shared/i18n/catalogues', async (importOriginal) =>
  (await import('@test/support/pseudo-catalogue')).withPseudoLanguage(await importOriginal(), 'es')
)

const OPTIONS = { paperSize: 'A4' as const, fingerprint: 'ABCD 1234 ABCD 1234', qrSvg: '<svg></svg>' }
const render = (languages: Array<'en' | 'es' | 'ru' | 'zh-CN'>, overrides = {}) =>
  renderCertificateHtml(buildCertificateContent(sampleSubject({ languages, ...overrides }), FACTS), OPTIONS)

describe('the certificate page in two languages', () => {
  it('writes each heading and label in the primary language with the second beneath it, marked with its language', async () => {
    const html = await render(['en', 'es'])
    expect(html).toContain('<html lang="en">')
    for (const key of ['page.parties', 'page.preparedBy', 'page.outcomes.done', 'page.confirmedBy.owner']) {
      const primary = catalogueText('en', 'certificate', key)
      expect(html, key).toContain(`${primary}<span class="second" lang="es">⟦es ${primary}⟧</span>`)
    }
    const statement = catalogueText('en', 'certificate', 'page.statements.factory-reset')
    const outcome = catalogueText('en', 'certificate', 'page.statementOutcomes.confirmed-owner')
    expect(html).toMatch(
      new RegExp(
        `<li><span class="statement">${statement}</span> <strong>${outcome}</strong>.*?<span class="second" lang="es"><span class="statement">⟦es ${statement}⟧</span> <strong>⟦es ${outcome}⟧</strong></span></li>`
      )
    )
  })

  it('adds the second language’s step titles beneath the titles as signed, and its closing notice as one paragraph', async () => {
    const html = await render(['en', 'es'])
    const title = catalogueText('en', 'offboarding', 'steps.find-device-off.title')
    expect(html).toContain(`Turn off Find device<span class="second" lang="es">⟦es ${title}⟧</span>`)
    expect(html).toMatch(/<span class="second" lang="es"><strong>⟦es [^<]+⟧<\/strong> ⟦es [^<]+⟧\. ⟦es [^<]+⟧<\/span><\/p>/)
  })

  it('writes the issue date as each language does', async () => {
    const html = await render(['es', 'en'])
    expect(html).toContain('<html lang="es">')
    expect(html).toMatch(/3 de junio de 2025/)
    expect(html).toMatch(/June 3, 2025/)
  })

  it('writes the owner’s text escaped and once per place, and a label once where both languages word it alike', async () => {
    const html = await render(['en', 'ru'], { preparer: { name: '<b>王小明</b>', contact: '' }, recipient: { name: 'محمد' } })
    expect(html.match(/&#60;b&#62;王小明&#60;\/b&#62;/g)).toHaveLength(2) // the table and the signature line
    expect(html).not.toContain('<b>王小明')
    expect(html).toContain('<bdi>محمد</bdi>')
    const brand = catalogueText('en', 'certificate', 'page.brand')
    const russianBrand = catalogueText('ru', 'certificate', 'page.brand')
    expect(html).toContain(russianBrand === brand ? `>${brand}</th>` : `${brand}<span class="second" lang="ru">${russianBrand}</span>`)
  })

  it('in one language has no second lines, and names its language in itself', async () => {
    const html = await render(['zh-CN'])
    expect(html).toContain('<html lang="zh-CN">')
    expect(html).not.toContain('class="second"')
    expect(html).toContain(catalogueText('zh-CN', 'certificate', 'page.title'))
    expect(html).toContain('简体中文')
  })
})
