import { ServiceError } from '@shared/result'
import type { Storage } from './ports'

/** Storage over a data folder open read-only: documents read as usual, every write is refused as a conflict. */
export function readOnlyStorage(storage: Storage): Storage {
  return {
    open(dir, name) {
      const doc = storage.open(dir, name)
      return {
        path: doc.path,
        read: () => doc.read(),
        write: () => {
          throw new ServiceError('conflict', { key: 'data.readOnly' })
        }
      }
    }
  }
}
