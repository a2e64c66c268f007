import { readFileSync, statSync } from 'node:fs'
import type { Envelope } from '@shared/archive/envelope'
import { MAX_ARCHIVE_BYTES } from '@shared/archive/format'
import { ServiceError, type AppError } from '@shared/result'
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
  { kind: 'plain'; decoded: DecodedArchive } | { kind: 'plain-refused'; refusal: Refusal } | { kind: 'protected'; envelope: Envelope }

/** The answer to each kind of request. */
export interface ParseAnswers {
  'certificate-json': { json: string | null } | { notAPdf: true } | { tooLarge: true }
  'open-archive': OpenedArchiveFile
  'decrypt-archive': DecodedArchive
}

/** A ServiceError as it crosses from the worker (classes do not survive structured cloning). */
export type Refusal = AppError

/** Turns a ServiceError into a refusal that can cross to the main thread; other errors are rethrown. */
export function toRefusal(error: unknown): Refusal {
  if (error instanceof ServiceError) return error.appError()
  throw error
}

/** Rebuilds the ServiceError a refusal stands for. */
export function fromRefusal(refusal: Refusal): ServiceError {
  const { code, key, params, where, details } = refusal
  return new ServiceError(code, { key, ...(params ? { params } : {}), ...(where ? { where } : {}) }, details)
}

function readArchiveFile(path: string): string {
  let size: number
  try {
    // eslint-disable-next-line n/no-sync -- runs in the parse worker thread, not the main thread
    size = statSync(path).size
  } catch {
    throw new ServiceError('not-found', { key: 'file.unreadable' })
  }
  if (size > MAX_ARCHIVE_BYTES) {
    throw new ServiceError('invalid-input', { key: 'archive.fileTooLarge', params: { megabytes: MAX_ARCHIVE_BYTES / 1024 / 1024 } })
  }
  try {
    // eslint-disable-next-line n/no-sync -- runs in the parse worker thread, not the main thread
    return readFileSync(path, 'utf8')
  } catch {
    throw new ServiceError('not-found', { key: 'file.unreadable' })
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
