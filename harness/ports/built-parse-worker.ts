import { resolve } from 'node:path'

/**
 * Where tests find the built parse worker: the file the unit tests' global setup built (HANDOVER_PARSE_WORKER),
 * else the app's own build, out/main/parse-worker.js under the project folder (e2e and bench run from there,
 * after `electron-vite build`).
 */
export function builtParseWorker(): string {
  return process.env.HANDOVER_PARSE_WORKER ?? resolve('out/main/parse-worker.js')
}
