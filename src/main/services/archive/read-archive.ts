import { ENCRYPTED_FORMAT, envelopeSchema, type Envelope } from '@shared/archive/envelope'
import { ARCHIVE_VERSION, archiveSchema, type Archive } from '@shared/archive/format'
import { checkVersion, migrateArchive } from '@shared/archive/migrate'
import { describeArchiveIssues, type ArchiveProblem } from '@shared/archive/problems'
import { errorDetail, ServiceError, type ErrorKey, type ErrorParams, type ErrorText } from '@shared/result'
import { ForbiddenKeyError, parseJsonStrictly } from '../safe-json'
import { decryptArchive, WrongPassphraseError } from './archive-crypto'

/** A file read as an archive: plain (still to be validated) or protected by a passphrase. */
export type OpenedArchive = { kind: 'plain'; raw: unknown } | { kind: 'protected'; envelope: Envelope }

/** A validated archive of the current version, and the version it was migrated from, if older. */
export interface DecodedArchive {
  archive: Archive
  migratedFrom: number | null
}

/** The refusal of an archive: its one problem, or how many there are (each one listed in the details). */
export function refuse(problems: ArchiveProblem[]): ServiceError {
  const [first] = problems
  const text: ErrorText =
    problems.length > 1 ? { key: 'archive.problems', params: { count: problems.length } } : (first ?? { key: 'archive.invalid' })
  return new ServiceError(
    'invalid-input',
    { key: text.key, ...(text.params ? { params: text.params } : {}), ...(text.where ? { where: text.where } : {}) },
    problems
  )
}

const fileProblem = (key: ErrorKey, params?: ErrorParams): ArchiveProblem => errorDetail('(file)', key, params)

/** Most arrays and objects an archive may hold: far above a real household's, far below what would exhaust the heap. */
const MAX_JSON_CONTAINERS = 2_000_000
/** Most values (roughly, separators) an archive may hold. */
const MAX_JSON_VALUES = 8_000_000

/**
 * Counts arrays, objects and separators outside strings in one pass, before anything is parsed: a small file of
 * millions of empty arrays would take hundreds of MB of heap, and is refused here instead.
 */
function checkComplexity(text: string): void {
  let containers = 0
  let values = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) containers++
    else if (c === 0x2c || c === 0x3a) values++
  }
  if (containers > MAX_JSON_CONTAINERS || values > MAX_JSON_VALUES) {
    throw refuse([fileProblem('archive.tooComplex')])
  }
}

function parseJson(text: string): unknown {
  checkComplexity(text)
  try {
    return parseJsonStrictly(text)
  } catch (error) {
    if (error instanceof ForbiddenKeyError) {
      throw refuse([fileProblem('archive.forbiddenField', { field: error.key })])
    }
    throw refuse([fileProblem('archive.notJson')])
  }
}

/** Reads an archive file's text: tells a protected archive from a plain one; refuses anything else with a reason. */
export function openArchiveText(text: string): OpenedArchive {
  const raw = parseJson(text)
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw) && (raw as { format?: unknown }).format === ENCRYPTED_FORMAT) {
    const envelope = envelopeSchema.safeParse(raw)
    if (!envelope.success) {
      throw refuse(
        envelope.error.issues.slice(0, 20).map((issue) =>
          errorDetail(issue.path.map(String).join('.') || '(file)', 'archive.headerDamaged', {
            field: issue.path.map(String).join('.') || 'file'
          })
        )
      )
    }
    return { kind: 'protected', envelope: envelope.data }
  }
  return { kind: 'plain', raw }
}

/** Checks version, migrates and validates a plain archive; every problem names record and field. */
export function decodePlain(raw: unknown): DecodedArchive {
  const version = checkVersion(raw)
  if (version.kind === 'unknown') throw refuse([fileProblem('archive.notAnArchive')])
  if (version.kind === 'newer') {
    throw refuse([errorDetail('version', 'archive.newerVersion', { version: version.version, supported: ARCHIVE_VERSION })])
  }
  let migrated: unknown
  try {
    migrated = migrateArchive(raw, version.version)
  } catch {
    throw refuse([fileProblem('archive.versionMismatch', { version: version.version })])
  }
  const parsed = archiveSchema.safeParse(migrated)
  if (!parsed.success) throw refuse(describeArchiveIssues(parsed.error, migrated))
  return { archive: parsed.data, migratedFrom: version.kind === 'older' ? version.version : null }
}

/** Decrypts (when protected) and decodes an opened archive. */
export async function decodeArchive(opened: OpenedArchive, passphrase: string | undefined): Promise<DecodedArchive> {
  if (opened.kind === 'plain') return decodePlain(opened.raw)
  if (!passphrase) throw refuse([errorDetail('passphrase', 'archive.passphraseNeeded')])
  let text: string
  try {
    text = await decryptArchive(opened.envelope, passphrase)
  } catch (error) {
    if (error instanceof WrongPassphraseError) throw refuse([errorDetail('passphrase', 'archive.wrongPassphrase')])
    throw refuse([fileProblem('archive.cannotDecrypt')])
  }
  const inner = openArchiveText(text)
  if (inner.kind !== 'plain') throw refuse([fileProblem('archive.notAnArchive')])
  return decodePlain(inner.raw)
}
