import { randomBytes } from 'node:crypto'
/* eslint-disable n/no-sync -- the atomic writer beside the synchronous Storage port, kept synchronous with it (json-document-storage.ts says why and what moving to promises would take) */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { PRIVATE_FILE_MODE } from './private-files'

/**
 * Writes a file that is not a JSON document of the Storage port atomically: temp file beside it (a random name,
 * created exclusively, so nothing planted there is followed), fsync, rename. On failure the temp file is removed
 * and the target is left as it was.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temp = `${path}.tmp-${randomBytes(8).toString('hex')}`
  const fd = openSync(temp, 'wx', PRIVATE_FILE_MODE)
  try {
    try {
      writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temp, path)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}
