import { describe, expect, it } from 'vitest'
import { catalogueLeaves, PLURAL_SUFFIX } from '@test/support/catalogue-leaves'
import { CATALOGUES } from '@shared/i18n/catalogues'
import { literalKeys, runtimeKeysInUse, templateKeyPatterns } from '../../support/used-keys'

/**
 * English keys no renderer code names, kept because the main process reads them: the certificate page and its file
 * dialogs, the locked-out attachments' file dialog, the router's message for invalid fields, the menus and dialogs of
 * the `main` namespace (passed as keys to the dialogs and the menu template, whose tests render them), the CSV
 * inventory's own column and value words (written by the main process's export), and the `errors`
 * namespace (test/shared/i18n/error-keys.test.ts holds every key the code throws to English, with its params).
 */
const KEPT_FOR = [
  /^certificate:page\./,
  /^certificate:dialogs\./,
  /^offboarding:lockedOut\.attachments\./,
  /^common:errors\.fieldsInvalid$/,
  /^main:/,
  /^records:inventory\./,
  /^errors:/
]

/** Every English key as "namespace:key", plural suffixes removed (a plural is one key to the code). */
const englishKeys = new Set(
  Object.entries(CATALOGUES.en).flatMap(([namespace, catalogue]) =>
    [...catalogueLeaves(catalogue).keys()].map((key) => `${namespace}:${key.replace(PLURAL_SUFFIX, '')}`)
  )
)

describe('English keeps step with the code (i18next-cli extraction)', () => {
  it('has every key the renderer uses', async () => {
    const missing = [...(await literalKeys())].filter((key) => !englishKeys.has(key))
    expect(missing, 'keys the code uses that src/shared/locales/en lacks').toEqual([])
    const steps = [...runtimeKeysInUse()].filter((key) => !englishKeys.has(key) && !/\.byScenario\./.test(key))
    expect(steps, 'texts step-text.ts and region.ts name that English lacks').toEqual([])
  })

  it('keeps no key that nothing uses', async () => {
    const used = new Set([...(await literalKeys()), ...runtimeKeysInUse()])
    const patterns = [...templateKeyPatterns(), ...KEPT_FOR]
    const unused = [...englishKeys].filter((key) => !used.has(key) && !patterns.some((pattern) => pattern.test(key)))
    expect(unused, 'English keys no code uses: delete them, or name them in KEPT_FOR with the reason').toEqual([])
  })
})
