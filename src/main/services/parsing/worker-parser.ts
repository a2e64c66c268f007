import { Worker } from 'node:worker_threads'
import type { Envelope } from '@shared/archive/envelope'
import { ServiceError } from '@shared/result'
import type { DecodedArchive } from '../archive/read-archive'
import { fromRefusal, type OpenedArchiveFile, type ParseAnswers, type ParseRequest, type Refusal } from './parse-tasks'

/** Parses untrusted files (certificate PDFs to verify, archives to import) away from the main thread. */
export interface UntrustedFileParser {
  /** The certificate attachment's text; null when the PDF has none; `{ notAPdf }` / `{ tooLarge }` when it cannot be one. */
  certificateJson(pdf: Uint8Array): Promise<ParseAnswers['certificate-json']>
  /** Reads, parses and (when plain) validates an archive file; refuses with a ServiceError that says why. */
  openArchive(path: string): Promise<OpenedArchiveFile>
  /** Decrypts and validates a protected archive. */
  decryptArchive(envelope: Envelope, passphrase: string): Promise<DecodedArchive>
}

/** What one parse may use before it is stopped. */
export interface ParseLimits {
  /** Old-generation heap of the worker, in MB. */
  heapMb: number
  /** Longest a parse may take, in ms. */
  timeoutMs: number
}

/** The limits in force: room for the largest archive Handover reads, and no more. */
export const DEFAULT_PARSE_LIMITS: ParseLimits = { heapMb: 640, timeoutMs: 60_000 }

/**
 * Runs each parse in a fresh worker thread (the built `parse-worker` entry at `workerFile`) with a heap limit and a
 * time limit. A worker that runs out of either is ended, and the call refuses with a clear message.
 */
export function createWorkerParser(workerFile: string | URL, limits: ParseLimits = DEFAULT_PARSE_LIMITS): UntrustedFileParser {
  function run<K extends ParseRequest['task']>(request: Extract<ParseRequest, { task: K }>): Promise<ParseAnswers[K]> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(workerFile, {
        resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 }
      })
      let settled = false
      const finish = (outcome: () => void) => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        void worker.terminate()
        outcome()
      }
      const timer = setTimeout(() => finish(() => reject(new ServiceError('invalid-input', { key: 'file.tooComplex' }))), limits.timeoutMs)
      worker.once('message', (answer: { ok: true; value: ParseAnswers[K] } | { ok: false; refusal: Refusal }) =>
        finish(() => (answer.ok ? resolve(answer.value) : reject(fromRefusal(answer.refusal))))
      )
      worker.once('error', (error: NodeJS.ErrnoException) =>
        finish(() =>
          reject(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new ServiceError('invalid-input', { key: 'file.tooComplex' })
              : new ServiceError('unavailable', { key: 'file.readerUnavailable' })
          )
        )
      )
      worker.once('exit', () => finish(() => reject(new ServiceError('invalid-input', { key: 'file.tooComplex' }))))
      worker.postMessage(request)
    })
  }
  return {
    certificateJson: (pdf) => run({ task: 'certificate-json', pdf }),
    openArchive: (path) => run({ task: 'open-archive', path }),
    decryptArchive: (envelope, passphrase) => run({ task: 'decrypt-archive', envelope, passphrase })
  }
}
