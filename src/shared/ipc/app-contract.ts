import { errorKey } from '../i18n/zod-error-map'
import { z } from 'zod'
import type { AppInfo } from '../app-info'
import { isLanguageChoice, type LanguageInfo } from '../i18n/language-choice'
import { channel } from './channel'

/** Channels for app-wide facts and allow-listed links. */
export const appContract = {
  app: {
    info: channel(z.undefined()).returns<AppInfo>(),
    openExternal: channel(z.object({ url: z.string().url().max(2000) })).returns<null>(),
    setLanguage: channel(
      z.object({ language: z.custom<LanguageInfo['chosen']>(isLanguageChoice, { error: errorKey('validation.languageChoice') }) })
    ).returns<LanguageInfo>()
  }
} as const
