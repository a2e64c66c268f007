import { z } from 'zod'
import type { QuarantineEntry, QuarantineProblem } from '@shared/quarantine'
import { parseJsonStrictly } from './safe-json'

/** The sentences an older Handover wrote into notes instead of a code, with the code each one meant. */
const OLD_SENTENCES: Array<[pattern: RegExp, problem: (match: RegExpExecArray) => QuarantineProblem]> = [
  [/^The file is damaged: it is not complete, valid JSON\.$/, () => ({ code: 'not-json' })],
  [/^The file does not match the expected record format\.$/, () => ({ code: 'wrong-format' })],
  [/^The file could not be read \(([^()]{1,60})\)\.$/, (match) => ({ code: 'unreadable', errno: match[1] })],
  [/^The file could not be used\.$/, () => ({ code: 'unusable' })]
]

/** The code an older note's sentence meant; a sentence it does not know is kept as it was written. */
export function problemFromOldReason(reason: string): QuarantineProblem {
  for (const [pattern, problem] of OLD_SENTENCES) {
    const match = pattern.exec(reason)
    if (match) return problem(match)
  }
  return { code: 'as-written', text: reason }
}

const problemSchema: z.ZodType<QuarantineProblem> = z.discriminatedUnion('code', [
  z.object({ code: z.literal('not-json') }),
  z.object({ code: z.literal('wrong-format') }),
  z.object({ code: z.literal('unreadable'), errno: z.string().max(60) }),
  z.object({ code: z.literal('unusable') }),
  z.object({ code: z.literal('no-note') }),
  z.object({ code: z.literal('as-written'), text: z.string().max(2000) })
])

/** A note as this Handover writes it (`problem`) or as an older one did (`reason`, English words). */
const noteSchema = z.object({
  originalPath: z.string().max(1000),
  at: z.string().max(40),
  problem: problemSchema.optional(),
  reason: z.string().max(2000).optional(),
  nickname: z.string().max(200).optional()
})

/** The entry a note describes for the quarantined `file`; a note that is missing or unreadable says so, and the file is still listed. */
export function entryFromNote(file: string, text: string | null): QuarantineEntry {
  const parsed = text === null ? null : noteSchema.safeParse(safeParse(text))
  if (!parsed?.success) return { file, originalPath: 'unknown', at: '', problem: { code: 'no-note' } }
  const { originalPath, at, problem, reason, nickname } = parsed.data
  return {
    file,
    originalPath,
    at,
    problem: problem ?? (reason === undefined ? { code: 'no-note' } : problemFromOldReason(reason)),
    ...(nickname === undefined ? {} : { nickname })
  }
}

function safeParse(text: string): unknown {
  try {
    return parseJsonStrictly(text)
  } catch {
    return null
  }
}
