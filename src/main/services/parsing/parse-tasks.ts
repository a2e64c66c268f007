import { readFileSync, statSync } from 'node:fs'
import type { Envelope } from '../../../shared/archive/envelope'
import { MAX_ARCHIVE_BYTES } from '../../../shared/archive/format'
import { ServiceError } from '../../../shared/result'
import type { DecodedArchive } from '../archive/read-archive'

// Each task loads only what it needs (pdf-lib for PDFs, the archive schemas for archives): a fresh worker per
// request starts faster that way.
const archiveReader = () => import('../archive/read-archive')

/** Work done on untrusted bytes, in the parse worker. */
export type ParseRequest =
  | { task: 'certificate-json'; pdf: Uint8Array }
  | { task: 'open-archive'; path: string }
  | { task: 'decrypt-archive'; envelope: Envelope; passphrase: string }

/** An archive file as opened: decoded (or refused, with why) when plain; the envelope when protected. */
export type OpenedArchiveFile =
  | { kind: 'plain'; decoded: DecodedArchive }
  | { kind: 'plain-refused'; refusal: Refusal }
  | { kind: 'protected'; envelope: Envelope }

/** The answer to each kind of request. */
export interface ParseAnswers {
  'certificate-json': { json: string | null } | { notAPdf: true } | { tooLarge: true }
  'open-archive': OpenedArchiveFile
  'decrypt-archive': DecodedArchive
}

/** A ServiceError as it crosses from the worker (classes do not survive structured cloning). */
export interface Refusal {
  code: ServiceError['code']
  message: string
  details?: unknown
}

/** Turns a ServiceError into a refusal that can cross to the main thread; other errors are rethrown. */
export function toRefusal(error: unknown): Refusal {
  if (error instanceof ServiceError) return { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) }
  throw error
}

/** Rebuilds the ServiceError a refusal stands for. */
export function fromRefusal(refusal: Refusal): ServiceError {
  return new ServiceError(refusal.code, refusal.message, refusal.details as ServiceError['details'])
}

function readArchiveFile(path: string): string {
  let size: number
  try {
    // eslint-disable-next-line n/no-sync -- runs in the parse worker thread, not the main thread
    size = statSync(path).size
  } catch {
    throw new ServiceError('not-found', 'That file could not be read.')
  }
  if (size > MAX_ARCHIVE_BYTES) {
    throw new ServiceError('invalid-input', `That file is too large to be a Handover archive (over ${MAX_ARCHIVE_BYTES / 1024 / 1024} MB). Nothing was imported.`)
  }
  try {
    // eslint-disable-next-line n/no-sync -- runs in the parse worker thread, not the main thread
    return readFileSync(path, 'utf8')
  } catch {
    throw new ServiceError('not-found', 'That file could not be read.')
  }
}

async function openArchive(path: string): Promise<OpenedArchiveFile> {
  const { decodeArchive, openArchiveText } = await archiveReader()
  const opened = openArchiveText(readArchiveFile(path))
  if (opened.kind === 'protected') return opened
  try {
    return { kind: 'plain', decoded: await decodeArchive(opened, undefined) }
  } catch (error) {
    return { kind: 'plain-refused', refusal: toRefusal(error) }
  }
}

async function certificateJson(pdf: Uint8Array): Promise<ParseAnswers['certificate-json']> {
  const { AttachmentTooLargeError, extractCertificateJson } = await import('../certificate/pdf-attachment')
  try {
    return { json: await extractCertificateJson(pdf) }
  } catch (error) {
    return error instanceof AttachmentTooLargeError ? { tooLarge: true } : { notAPdf: true }
  }
}

/** Carries out one request (what the worker runs; plain code, so it is tested directly too). */
export async function runParseRequest(request: ParseRequest): Promise<ParseAnswers[ParseRequest['task']]> {
  switch (request.task) {
    case 'certificate-json':
      return certificateJson(request.pdf)
    case 'open-archive':
      return openArchive(request.path)
    case 'decrypt-archive':
      return (await archiveReader()).decodeArchive({ kind: 'protected', envelope: request.envelope }, request.passphrase)
  }
}
