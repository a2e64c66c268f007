/* eslint-disable n/no-sync -- the Storage port is synchronous by design: a record is one small file (an edit writes at
 * most 8 KB, docs/architecture.md, budgets), and a synchronous read-check-write of it cannot interleave with another
 * IPC call on the same record. electron-store and conf write synchronously too. Moving the port to promises would
 * take: DocumentStore.read/write returning promises, an asynchronous atomic writer in place of electron-store's
 * setter (temp file, fsync, rename, as atomic-file.ts does), a per-record queue so overlapping requests keep their
 * order, and every reader made async with it (readRecord and the quarantine it triggers, run, attachment and
 * certificate reads, backup settings, the read-only storage wrapper and the test adapters).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DocumentStore, Storage } from './ports'

/** The part of a conf / electron-store instance the storage uses: its whole-store setter. */
export interface WholeStore {
  store: object
}

/** Opens a conf-compatible store for `name`.json in `dir`. */
export type StoreFactory = (dir: string, name: string) => WholeStore

/**
 * Storage over conf-compatible stores (electron-store in the app, conf in tests).
 * Writes go through the store (atomic: temp file, fsync, rename). Reads parse the file directly,
 * once, so loading thousands of phones costs one read and one parse each; the store itself is
 * created only on the first write.
 */
export function createDocumentStorage(openStore: StoreFactory): Storage {
  return {
    open<T extends object>(dir: string, name: string): DocumentStore<T> {
      const path = join(dir, `${name}.json`)
      let store: WholeStore | undefined
      return {
        path,
        read() {
          let text: string
          try {
            text = readFileSync(path, 'utf8')
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
            throw error
          }
          return JSON.parse(text) as unknown
        },
        write(value: T) {
          store ??= openStore(dir, name)
          store.store = value
        }
      }
    }
  }
}
