import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { NICKNAME_MAX } from '@shared/device-model'
import type { Api } from '@shared/ipc/contract'
import { LANGUAGES, type LanguageCode } from '@shared/i18n/languages'
import { catalogueText } from '@harness/data/catalogue-text'
import { changesToHandOver } from '@harness/data/finished-run'
import { expect, test, type AppPage } from './fixtures'
import { addPhone } from './support/add-phone'
import { englishFinder } from './support/english-leaks'
import { finishSellRun } from './support/finish-sell-run'
import { madeUpImei } from './support/made-up'
import { typeInto } from './support/typing'

/** Fonts that cover each script, by the names pdffonts gives the faces the stack names (certificate-fonts.ts). */
const SCRIPT_FONTS: Record<string, RegExp> = {
  // Chromium draws CFF-flavoured CJK faces (Noto Sans CJK) as Type 3 glyphs, which pdffonts lists without a name
  han: /NotoSansCJK|MicrosoftYaHei|PingFang|Type 3 +Custom +yes/,
  devanagari: /NotoSansDevanagari|NirmalaUI|KohinoorDevanagari|DevanagariSangam/,
  cyrillic: /NotoSans-|SegoeUI|HelveticaNeue|DejaVuSans/,
  arabic: /NotoSansArabic|NotoNaskhArabic|DejaVuSans|SegoeUI|GeezaPro/
}

const nativeName = (code: LanguageCode) => LANGUAGES.find((language) => language.code === code)!.nativeName
const run = (program: string, args: string[]) => execFileSync(program, args, { encoding: 'utf8' })

interface Case {
  languages: [LanguageCode] | [LanguageCode, LanguageCode]
  preparer: string
  recipient: string
  scripts: string[]
}

const CASES: Case[] = [
  { languages: ['zh-CN'], preparer: '王小明', recipient: 'राहुल शर्मा', scripts: ['han', 'devanagari'] },
  { languages: ['hi'], preparer: 'प्रिया वर्मा', recipient: 'محمد عبد الله', scripts: ['devanagari', 'arabic'] },
  { languages: ['ru', 'es'], preparer: 'Иван Петров', recipient: '李华', scripts: ['cyrillic', 'han'] }
]

async function issueIn(app: AppPage, which: Case, snap: string): Promise<string> {
  const [primary, secondary] = which.languages
  await app.getByRole('button', { name: 'Issue a handover certificate' }).click()
  const form = app.getByRole('dialog', { name: 'Issue a handover certificate' })
  await typeInto(form.getByLabel('Your name (preparing the phone)'), which.preparer)
  await typeInto(form.getByLabel('Recipient’s name (optional)'), which.recipient)
  await form.getByRole('radio', { name: 'Sold' }).check()
  await form.getByRole('button', { name: 'Preview' }).click()
  const preview = form.frameLocator('iframe[title="Certificate preview"]')
  await expect(preview.getByRole('heading', { level: 1 })).toContainText(catalogueText('en', 'certificate', 'page.title'))
  // the preview follows the language choice at once
  await form.getByLabel('Language of the certificate').selectOption({ label: nativeName(primary) })
  await form
    .getByLabel('Second language, for a reader of another language (optional)')
    .selectOption({ label: secondary ? nativeName(secondary) : 'None' })
  await expect(preview.locator('html')).toHaveAttribute('lang', primary)
  await expect(preview.getByRole('heading', { level: 1 })).toContainText(catalogueText(primary, 'certificate', 'page.title'))
  await expect(preview.getByText(which.languages.map(nativeName).join(' · '))).toBeVisible()
  await expect(form.getByText(/This computer has no font for/)).toHaveCount(0)
  await app.snap(`${snap}-preview`)
  await form.getByLabel('Language of the certificate').scrollIntoViewIfNeeded()
  await app.snap(`${snap}-form`)
  await form.getByRole('button', { name: 'Issue certificate' }).click()
  const viewer = app.getByRole('dialog', { name: /^Handover certificate: Sold, issued / })
  await expect(viewer).toBeVisible()
  return (await viewer.getByText(/^Certificate ID /).textContent())!.replace('Certificate ID ', '')
}

test('certificates in Chinese, in Hindi, and in Russian with Spanish: one page, read back with no English left, every script in an embedded font, QR verifies', async ({
  app
}) => {
  test.setTimeout(240_000)
  const folder = mkdtempSync(join(tmpdir(), 'handover-certificate-languages-'))
  const nickname = `${'Long nickname '.repeat(NICKNAME_MAX)}`.slice(0, NICKNAME_MAX)
  const phone = {
    nickname,
    marketName: 'Redmi Note 13 Pro',
    modelNumber: '23117RA68G',
    imei1: madeUpImei('86123405678901'),
    newOwner: 'فاطمة الزهراء'
  }
  await addPhone(app, phone)
  await finishSellRun(app)
  const phoneButton = app.getByRole('list', { name: 'Phones in the household' }).getByRole('button', { name: nickname, exact: true })

  const skipReasons = changesToHandOver('sell').flatMap((change) => ('reason' in change ? [change.reason] : []))
  for (const which of CASES) {
    const snap = `certificate-${which.languages.join('-')}`
    await phoneButton.click()
    const id = await issueIn(app, which, snap)
    const viewer = app.getByRole('dialog', { name: /^Handover certificate: / })
    const pdf = join(folder, `${which.languages.join('-')}.pdf`)
    await app.dialogs.answerSave(pdf)
    await viewer.getByRole('button', { name: 'Save as PDF…' }).click()
    await expect(viewer.getByRole('status')).toHaveText(`Saved to ${pdf}`)

    // one page, in the chosen language(s), with the owner's text as typed
    expect(run('pdfinfo', [pdf])).toMatch(/Pages:\s+1\n/)
    const printed = run('pdftotext', [pdf, '-'])
    const text = printed.replace(/\s+/g, ' ')
    // in content order too: a bilingual heading that wraps is read line by line by the default (layout) order
    const inContentOrder = run('pdftotext', ['-raw', pdf, '-']).replace(/\s+/g, ' ')
    const headingsAsPrinted = text.toLocaleUpperCase() // the headings are printed in capitals
    for (const language of which.languages) {
      for (const key of ['page.title', 'page.preparedBy', 'page.tamperEvident']) {
        const expected = catalogueText(language, 'certificate', key).replace(/\s+/g, ' ')
        expect(text.includes(expected) || inContentOrder.includes(expected), `${language} ${key}: ${expected}`).toBe(true)
      }
      expect(headingsAsPrinted, `${language} page.statementsTitle`).toContain(
        catalogueText(language, 'certificate', 'page.statementsTitle').toLocaleUpperCase()
      )
    }
    for (const expected of [id, which.preparer, which.recipient, ...which.languages.map(nativeName)])
      expect(text, expected).toContain(expected)
    // and no English beyond proper names and what the owner typed
    const typed = [...Object.values(phone), which.preparer, which.recipient, id, ...skipReasons]
    const english = englishFinder(which.languages, typed)
    const lines = printed.split('\n').map((line) => line.replace(/\s+/g, ' ').trim())
    expect(
      lines.filter((line) => english(line).length > 0),
      'English on the page'
    ).toEqual([])

    // every script on the page is drawn with an embedded font that covers it
    const fonts = run('pdffonts', [pdf])
    expect(
      fonts
        .split('\n')
        .slice(2)
        .filter((line) => line.trim() !== '' && !/ yes +(yes|no) +yes /.test(line)),
      'every font embedded, with a Unicode map'
    ).toEqual([])
    for (const script of which.scripts) expect(fonts, script).toMatch(SCRIPT_FONTS[script])

    // the page as it prints: its QR code decodes and verifies
    execFileSync('pdftoppm', ['-r', '150', '-png', '-singlefile', pdf, join(folder, snap)])
    copyFileSync(join(folder, `${snap}.png`), resolve(`e2e/screenshots/${snap}-pdf.png`))
    const qr = run('zbarimg', ['-q', '--raw', join(folder, `${snap}.png`)]).trim()
    const verdict = await app.evaluate(
      async (payload) => (globalThis as unknown as { api: Api }).api.certificates.verifyText({ text: payload }),
      qr
    )
    expect(verdict).toMatchObject({ ok: true, data: { valid: true, source: 'qr', summary: { id } } })
    await app.keyboard.press('Escape')
    await app.getByRole('button', { name: /Back to phones/ }).click()

    // the Verify screen shows the PDF as it was issued, in its language(s), whatever the app's language
    await app.getByRole('button', { name: 'Verify a certificate' }).click()
    await app.dialogs.answerOpen([pdf])
    await app.getByRole('button', { name: 'Choose a certificate PDF…' }).click()
    const result = app.getByRole('status').filter({ hasText: /valid/i })
    await expect(result).toContainText('Valid: this certificate has not been changed since it was issued.')
    await expect(result).toContainText(which.languages.map(nativeName).join(' · '))
    const shown = result.frameLocator('iframe[title="The verified certificate"]')
    await expect(shown.locator('html')).toHaveAttribute('lang', which.languages[0])
    await expect(shown.getByText(id)).toBeVisible()
    await app.snap(`${snap}-verified`)
    await app.getByRole('button', { name: 'Phones' }).click()
  }
})
