import { parentPort } from 'node:worker_threads'
import { runParseRequest, toRefusal, type ParseRequest } from './parse-tasks'
import { ServiceError } from '@shared/result'

/**
 * The parse worker's entry: one request per worker, answered once. Untrusted PDFs and archives are parsed here,
 * under the resource limits its parent set, so a hostile file costs this thread's heap and time, not the app's.
 */
parentPort?.once('message', (request: ParseRequest) => {
  runParseRequest(request).then(
    (value) => parentPort?.postMessage({ ok: true, value }),
    (error: unknown) => {
      let refusal
      try {
        refusal = toRefusal(error)
      } catch {
        refusal = new ServiceError('invalid-input', { key: 'file.unreadable' }).appError()
      }
      parentPort?.postMessage({ ok: false, refusal })
    }
  )
})
