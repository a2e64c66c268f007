import { describe, expect, it } from 'vitest'
import { lintMessages } from '../support/lint-text'

/** The messages of the syntax rules for `code` linted as if it were the file at `filePath`. */
function syntaxProblems(code: string, filePath = 'src/shared/example.ts'): Promise<string[]> {
  return lintMessages(
    `import { z } from 'zod'\nimport { errorKey } from './i18n/zod-error-map'\n${code}\n`,
    filePath,
    'no-restricted-syntax'
  )
}

const LITERAL_MESSAGES = [
  "export const a = z.string().trim().min(1, 'Enter the name of the person preparing the phone.')",
  "export const a = z.string().max(80, 'Keep it short please.')",
  "export const a = z.array(z.string()).refine((l) => l.length > 0, 'Choose two different languages.')",
  "export const a = z.string().regex(/^x$/, 'A serial has printable characters only.')",
  'export const a = (n: number) => z.string().regex(/^x$/, `Expected ${n} bytes in base64url.`)',
  "export const a = z.string().min(3, { message: 'Say in a few words why you skip this.' })",
  "export const a = z.string().min(3, { error: 'Say in a few words why you skip this.' })",
  "export const a = z.string('Enter some text here.')",
  "export const a = z.object({}).superRefine((_v, ctx) => ctx.addIssue({ code: 'custom', message: 'Something is off here.' }))"
]

describe('the lint rule that keeps literal messages out of shared zod schemas', () => {
  for (const code of LITERAL_MESSAGES) {
    it(`refuses ${code}`, async () => {
      expect(await syntaxProblems(code)).toEqual([expect.stringMatching(/errorKey/)])
    })
  }

  it('lets schemas give message keys, and leaves literal values and plain string methods alone', async () => {
    expect(
      await syntaxProblems(
        [
          "export const a = z.string().trim().min(1, errorKey('validation.preparerNameMissing')).max(80)",
          "export const b = z.object({}).superRefine((_v, ctx) => ctx.addIssue({ code: 'custom', message: errorKey('validation.invalid') }))",
          "export const c = z.enum(['other Android', 'HyperOS']).or(z.literal('no permissions'))",
          "export const d = (word: string) => word.startsWith('no permissions') || word.includes('a b')"
        ].join('\n')
      )
    ).toEqual([])
  })

  it('applies to src/shared only: the renderer and the main process have their own i18n rules', async () => {
    expect(await syntaxProblems("export const a = z.string().min(1, 'Enter some text here.')", 'src/main/services/example.ts')).toEqual([])
  })
})
