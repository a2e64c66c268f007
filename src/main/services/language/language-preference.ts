import { rm } from 'node:fs/promises'
import { z } from 'zod'
import { isLanguageChoice, type LanguageChoice, type LanguageInfo } from '@shared/i18n/language-choice'
import { matchLanguage, type LanguageCode } from '@shared/i18n/languages'
import { ServiceError } from '@shared/result'
import type { Storage, SystemLanguages } from '../ports'
import type { CurrentLanguage } from './current-language'

/** The file in the data folder that remembers the choice (`language.json`). */
export const LANGUAGE_FILE = 'language'

const fileSchema = z.object({ schemaVersion: z.literal(1), language: z.custom<LanguageChoice>(isLanguageChoice) })
type LanguageFile = z.infer<typeof fileSchema>

/** The user's language choice, remembered in the data folder, and the language it makes the app speak. */
export interface LanguagePreference {
  /** The remembered choice; 'system' when none was made or the file cannot be read. */
  chosen(): LanguageChoice
  /** The language the choice means on this computer. */
  effective(): LanguageCode
  /** The choice, the language in use and the computer's languages. */
  info(): LanguageInfo
  /** Remembers `choice` and switches the app to it at once. */
  choose(choice: LanguageChoice): Promise<LanguageInfo>
}

/** The language a choice means when the computer prefers `system`. */
export function effectiveLanguage(choice: LanguageChoice, system: readonly string[]): LanguageCode {
  return choice === 'system' ? matchLanguage(system) : choice
}

/** The saved file, or null when it is missing, unreadable or holds something else. */
function readFile(storage: Storage, dataDir: string): LanguageFile | null {
  try {
    const parsed = fileSchema.safeParse(storage.open<LanguageFile>(dataDir, LANGUAGE_FILE).read())
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** Reads the choice from `dataDir`/language.json; a missing, unreadable or unknown value counts as 'system'. */
export function readLanguageChoice(storage: Storage, dataDir: string): LanguageChoice {
  return readFile(storage, dataDir)?.language ?? 'system'
}

/** The preference over `language.json` in `dataDir`, switching `current` (which starts in the effective language). */
export function createLanguagePreference(options: {
  storage: Storage
  dataDir: string
  system: SystemLanguages
  current: CurrentLanguage
}): LanguagePreference {
  const { storage, dataDir, system, current } = options
  const doc = storage.open<LanguageFile>(dataDir, LANGUAGE_FILE)
  let chosen = readLanguageChoice(storage, dataDir)
  const preference: LanguagePreference = {
    chosen: () => chosen,
    effective: () => effectiveLanguage(chosen, system.preferred()),
    info: () => ({ chosen, effective: preference.effective(), system: [...system.preferred()] }),
    async choose(choice) {
      try {
        // A corrupt file holds nothing but the old choice: the store would refuse to open over it, so it goes first.
        if (!readFile(storage, dataDir)) await rm(doc.path, { force: true })
        doc.write({ schemaVersion: 1, language: choice })
      } catch {
        throw new ServiceError('storage-failed', { key: 'language.saveFailed' })
      }
      chosen = choice
      await current.set(preference.effective())
      return preference.info()
    }
  }
  return preference
}
