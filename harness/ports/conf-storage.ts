import Conf from 'conf'
import { createDocumentStorage } from '@main/services/json-document-storage'
import type { Storage } from '@main/services/ports'
import { PRIVATE_FILE_MODE } from '@main/services/private-files'

/** The test adapter for Storage: the same stores electron-store opens, through `conf` directly. */
export function createConfStorage(): Storage {
  return createDocumentStorage(
    (cwd, configName) =>
      new Conf<Record<string, unknown>>({
        cwd,
        configName,
        clearInvalidConfig: false,
        accessPropertiesByDotNotation: false,
        configFileMode: PRIVATE_FILE_MODE
      })
  )
}
