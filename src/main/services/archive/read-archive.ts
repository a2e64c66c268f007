import { ENCRYPTED_FORMAT, envelopeSchema, type Envelope } from '../../../shared/archive/envelope'
import { ARCHIVE_VERSION, archiveSchema, type Archive } from '../../../shared/archive/format'
import { checkVersion, migrateArchive } from '../../../shared/archive/migrate'
import { describeArchiveIssues, type ArchiveProblem } from '../../../shared/archive/problems'
import { ServiceError } from '../../../shared/result'
import { ForbiddenKeyError, parseJsonStrictly } from '../safe-json'
import { decryptArchive, WrongPassphraseError } from './archive-crypto'

/** A file read as an archive: plain (still to be validated) or protected by a passphrase. */
export type OpenedArchive = { kind: 'plain'; raw: unknown } | { kind: 'protected'; envelope: Envelope }

/** A validated archive of the current version, and the version it was migrated from, if older. */
export interface DecodedArchive {
  archive: Archive
  migratedFrom: number | null
}


function refuse(problems: ArchiveProblem[], summary?: string): ServiceError {
  const first = problems[0]?.message ?? 'The archive is not valid.'
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more ${problems.length === 2 ? 'problem' : 'problems'})` : ''
  return new ServiceError('invalid-input', summary ?? `${first}${more}`, problems)
}

function parseJson(text: string): unknown {
  try {
    return parseJsonStrictly(text)
  } catch (error) {
    if (error instanceof ForbiddenKeyError) {
      throw refuse([{ path: '(file)', message: `The file contains a field named “${error.key}”, which no Handover archive has. It was not read.` }])
    }
    throw refuse([{ path: '(file)', message: 'The file is damaged or incomplete: it is not valid JSON, so it cannot be a Handover archive.' }])
  }
}

/** Reads an archive file's text: tells a protected archive from a plain one; refuses anything else with a reason. */
export function openArchiveText(text: string): OpenedArchive {
  const raw = parseJson(text)
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw) && (raw as { format?: unknown }).format === ENCRYPTED_FORMAT) {
    const envelope = envelopeSchema.safeParse(raw)
    if (!envelope.success) {
      throw refuse(envelope.error.issues.slice(0, 20).map((issue) => ({ path: issue.path.map(String).join('.') || '(file)', message: `The protected archive’s header is damaged (${issue.path.map(String).join('.') || 'file'}): ${issue.message}` })))
    }
    return { kind: 'protected', envelope: envelope.data }
  }
  return { kind: 'plain', raw }
}

/** Checks version, migrates and validates a plain archive; every problem names record and field. */
export function decodePlain(raw: unknown): DecodedArchive {
  const version = checkVersion(raw)
  if (version.kind === 'unknown') throw refuse([{ path: '(file)', message: 'This file is not a Handover archive.' }])
  if (version.kind === 'newer') {
    throw refuse([
      {
        path: 'version',
        message: `This archive was made by a newer Handover (archive version ${version.version}). This version reads archive versions up to ${ARCHIVE_VERSION}; update Handover to import it.`
      }
    ])
  }
  let migrated: unknown
  try {
    migrated = migrateArchive(raw, version.version)
  } catch {
    throw refuse([{ path: '(file)', message: `This archive says it is version ${version.version}, but its content does not match that version.` }])
  }
  const parsed = archiveSchema.safeParse(migrated)
  if (!parsed.success) throw refuse(describeArchiveIssues(parsed.error, migrated))
  return { archive: parsed.data, migratedFrom: version.kind === 'older' ? version.version : null }
}

/** Decrypts (when protected) and decodes an opened archive. */
export async function decodeArchive(opened: OpenedArchive, passphrase: string | undefined): Promise<DecodedArchive> {
  if (opened.kind === 'plain') return decodePlain(opened.raw)
  if (!passphrase) throw refuse([{ path: 'passphrase', message: 'This archive is protected: enter its passphrase.' }])
  let text: string
  try {
    text = await decryptArchive(opened.envelope, passphrase)
  } catch (error) {
    if (error instanceof WrongPassphraseError) throw refuse([{ path: 'passphrase', message: error.message }])
    throw refuse([{ path: '(file)', message: 'The protected archive could not be decrypted: its header is damaged.' }])
  }
  const inner = openArchiveText(text)
  if (inner.kind !== 'plain') throw refuse([{ path: '(file)', message: 'This file is not a Handover archive.' }])
  return decodePlain(inner.raw)
}
