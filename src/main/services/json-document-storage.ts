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
