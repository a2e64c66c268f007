import { globSync, readFileSync } from 'node:fs'
import { PLURAL_SUFFIX } from './catalogue-leaves'
import { findKeys } from 'i18next-cli'
import { STEP_IDS } from '@shared/offboarding/catalogue'
import { OS_VARIANTS } from '@shared/offboarding/os-variant'
import { CHINA_TEXT_KEYS, GUIDANCE_REGIONS, regionalKey } from '@shared/offboarding/region'
import { GUIDED_SCENARIOS } from '@shared/offboarding/scenarios'
import { stepTextKeys } from '@shared/offboarding/step-text'

/** The renderer's sources, where every key is used through `t` / `useTranslation` / `<Trans>`. */
export const KEY_SOURCES = 'src/renderer/src/**/*.{ts,tsx}'

const silent = { info: () => {}, warn: () => {}, error: (message: unknown) => console.error(message) }

/** "namespace:key" of every literal key the renderer passes to `t` (i18next-cli's extractor), plural suffixes removed. */
export async function literalKeys(): Promise<Set<string>> {
  const { allKeys } = await findKeys(
    {
      locales: ['en'],
      extract: {
        input: [KEY_SOURCES],
        output: 'src/shared/locales/{{language}}/{{namespace}}.json',
        defaultNS: 'common',
        nsSeparator: ':',
        keySeparator: '.',
        functions: ['t', '*.t'],
        transComponents: ['Trans']
      }
    },
    silent
  )
  return new Set([...allKeys.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')))
}

/**
 * Keys the renderer builds at run time with a template (`t(\`backup.methods.${m}.label\`)`), as patterns: each `${…}`
 * stands for one key segment, in the template's own namespace or, without one, any namespace the file translates in.
 */
export function templateKeyPatterns(): RegExp[] {
  const patterns: RegExp[] = []
  for (const file of globSync(KEY_SOURCES)) {
    const source = readFileSync(file, 'utf8')
    const namespaces = [...source.matchAll(/(?:useTranslation\(|TFunction<)\s*'([^']+)'/g)].map((match) => match[1])
    if (/useTranslation\(\s*\)/.test(source) || namespaces.length === 0) namespaces.push('common')
    // A template that reads as a key: dotted words, at least one of them filled in at run time.
    for (const [, template] of source.matchAll(
      /`((?:[a-z]+:)?[\w-]+(?:\.(?:[\w-]+|\$\{[^}`]*\}))*\.\$\{[^}`]*\}(?:\.(?:[\w-]+|\$\{[^}`]*\}))*)`/g
    )) {
      const [, explicit, key] = /^(?:([a-z]+):)?(.*)$/.exec(template)!
      // A filled-in part may hold dots itself (account types such as "com.xiaomi").
      const body = key
        .split(/\$\{[^}]*\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.+')
      patterns.push(new RegExp(`^(${(explicit ? [explicit] : namespaces).join('|')}):${body}$`))
    }
  }
  return patterns
}

/**
 * The offboarding keys shared code hands the renderer: a step's texts (step-text.ts) for every step, scenario, OS
 * variant and region, and both wordings of every text that differs in China (region.ts).
 */
export function runtimeKeysInUse(): Set<string> {
  const keys = new Set<string>(CHINA_TEXT_KEYS.flatMap((key) => [`offboarding:${key}`, `offboarding:${regionalKey(key, 'china')}`]))
  for (const id of STEP_IDS)
    for (const scenario of GUIDED_SCENARIOS)
      for (const variant of OS_VARIANTS)
        for (const region of GUIDANCE_REGIONS) {
          const text = stepTextKeys(id, scenario, variant, region)
          for (const key of [
            text.title,
            text.why,
            text.ifSkipped,
            text.instructions,
            text.scenarioNote,
            ...text.warnings.flatMap((w) => [w.title, w.text])
          ])
            keys.add(`offboarding:${key}`)
        }
  return keys
}
