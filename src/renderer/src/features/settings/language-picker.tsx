import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LanguageChoice, LanguageInfo } from '@shared/i18n/language-choice'
import { LANGUAGES, matchLanguage } from '@shared/i18n/languages'
import { PSEUDO_LANGUAGE, pseudoText } from '@shared/i18n/pseudo-locale'
import { api, errorMessage, unwrap } from '../../lib/api-client'
import { SPEAKS_PSEUDO } from '../../i18n'

const nativeName = (code: string) => LANGUAGES.find((language) => language.code === code)?.nativeName ?? code
/** The test builds' extra choice: the pseudo language, switched in this window only and never remembered. */
const PSEUDO_NAME = pseudoText('English')

/** The language picker: the computer's language first, then each language in its own name; applied at once and remembered. */
export function LanguagePicker(props: { language: LanguageInfo; onChange: (language: LanguageInfo) => void }) {
  const { t, i18n } = useTranslation()
  const [problem, setProblem] = useState<string | null>(null)
  // What the select shows while a choice is on its way: arrow keys step through several languages faster than the main process answers.
  const [pending, setPending] = useState<string | null>(null)
  const latest = useRef(0)
  const value = pending ?? (SPEAKS_PSEUDO && i18n.language === PSEUDO_LANGUAGE ? PSEUDO_LANGUAGE : props.language.chosen)

  const choose = async (choice: string) => {
    const call = ++latest.current
    setProblem(null)
    setPending(choice)
    try {
      if (SPEAKS_PSEUDO && choice === PSEUDO_LANGUAGE) await i18n.changeLanguage(PSEUDO_LANGUAGE)
      else {
        const next = await unwrap(api().app.setLanguage({ language: choice as LanguageChoice }))
        // Only the last of several quick choices is applied: each one is saved, so the last saved is the one shown.
        if (call !== latest.current) return
        await i18n.changeLanguage(next.effective)
        props.onChange(next)
      }
    } catch (error) {
      if (call === latest.current) setProblem(errorMessage(error, t('settings.language.failed')))
    }
    if (call === latest.current) setPending(null)
  }

  return (
    <section className="card" aria-labelledby="language-title">
      <h2 id="language-title">{t('settings.language.title')}</h2>
      <div className="field">
        <label htmlFor="language-choice">{t('settings.language.label')}</label>
        <select
          id="language-choice"
          className="language-select"
          value={value}
          aria-describedby="language-help"
          onChange={(event) => void choose(event.target.value)}
        >
          <option value="system">{t('settings.language.system', { language: nativeName(matchLanguage(props.language.system)) })}</option>
          {LANGUAGES.map((language) => (
            <option key={language.code} value={language.code} lang={language.code}>
              {language.nativeName}
            </option>
          ))}
          {SPEAKS_PSEUDO && (
            <option value={PSEUDO_LANGUAGE} lang={PSEUDO_LANGUAGE}>
              {PSEUDO_NAME}
            </option>
          )}
        </select>
        <p id="language-help" className="field-help">
          {t('settings.language.help')}
        </p>
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
      </div>
    </section>
  )
}
