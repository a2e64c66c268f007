import { currentTranslator } from '../components/app-language'

/** The error boundary's words in English, for when no translator is there to give them (common.json's `screenFailed`). */
export const SCREEN_FAILED_ENGLISH = {
  title: 'Something went wrong on this screen',
  body: 'Nothing was lost: every change was saved when you made it. Reload to carry on.',
  reload: 'Reload'
} as const

/** The error boundary's words in the app's language; English when the translator is missing or lacks them, since it must still speak when translations are what broke. */
export function screenFailedWords(): Record<keyof typeof SCREEN_FAILED_ENGLISH, string> {
  const translator = currentTranslator()
  const say = (key: keyof typeof SCREEN_FAILED_ENGLISH) =>
    translator?.isInitialized && translator.exists(`common:screenFailed.${key}`)
      ? translator.t(`common:screenFailed.${key}`)
      : SCREEN_FAILED_ENGLISH[key]
  return { title: say('title'), body: say('body'), reload: say('reload') }
}
