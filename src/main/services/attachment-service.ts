import { rm, stat } from 'node:fs/promises'
import { randomUUID } from 'node:crypto'
import { basename, extname, join } from 'node:path'
import {
  ATTACHMENT_EXTENSIONS,
  attachmentListSchema,
  MAX_ATTACHMENT_BYTES,
  type Attachment,
  type AttachmentList
} from '@shared/offboarding/attachment'
import { ServiceError } from '@shared/result'
import type { Clock, FileDialogs, Storage } from './ports'
import { readRecord } from './record-reader'
import { checkPhoneId } from './record-ids'
import { copyPrivateFile, makePrivateDirAsync, passesThroughLink } from './private-files'

/** A file the owner chose, checked and ready to copy in. */
interface CheckedSource {
  source: string
  ext: string
  size: number
}

/** Files (proof of purchase) copied into the data folder and kept with a phone's record. */
export interface AttachmentService {
  /** The phone's files, oldest first. */
  list(deviceId: string): Attachment[]
  /** Asks the owner for files and copies them in; the list is unchanged when the dialog is cancelled. */
  add(deviceId: string): Promise<Attachment[]>
  /** Deletes one kept copy (never the owner's original). */
  remove(deviceId: string, attachmentId: string): Promise<Attachment[]>
  /** The phone's attachment files and list, relative to the data folder (moved to the trash with the phone). */
  filesOf(deviceId: string): string[]
}

/** Builds the attachment service. Copies live in `<dataDir>/attachments/<deviceId>/`, the list in `<deviceId>.json` beside them. */
export function createAttachmentService(deps: {
  dataDir: string
  storage: Storage
  clock: Clock
  dialogs: FileDialogs
}): AttachmentService {
  const { dataDir, storage, clock, dialogs } = deps
  const root = join(dataDir, 'attachments')
  const doc = (deviceId: string) => storage.open<AttachmentList>(root, deviceId)

  function list(deviceId: string): Attachment[] {
    checkPhoneId(deviceId)
    return readRecord(doc(deviceId), (raw) => attachmentListSchema.parse(raw).files, { dataDir, clock }) ?? []
  }

  /** Refuses to copy into or delete from a phone's folder that is, or lies in, a link to somewhere outside the data folder. */
  async function checkNoLink(deviceId: string): Promise<void> {
    if (await passesThroughLink(dataDir, join('attachments', deviceId))) {
      throw new ServiceError('invalid-input', { key: 'attachment.linkedFolder' })
    }
  }

  async function save(deviceId: string, files: Attachment[]): Promise<Attachment[]> {
    await makePrivateDirAsync(root)
    doc(deviceId).write({ schemaVersion: 1, files })
    return files
  }

  /** The chosen file's extension and size; refuses what Handover does not keep. */
  async function checkSource(source: string): Promise<CheckedSource> {
    const ext = extname(source).slice(1).toLowerCase()
    if (!(ATTACHMENT_EXTENSIONS as readonly string[]).includes(ext)) {
      throw new ServiceError('invalid-input', { key: 'attachment.kinds', params: { extensions: ATTACHMENT_EXTENSIONS.join(', ') } })
    }
    const found = await stat(source)
    if (!found.isFile()) throw new ServiceError('invalid-input', { key: 'attachment.notAFile' })
    if (found.size > MAX_ATTACHMENT_BYTES)
      throw new ServiceError('invalid-input', { key: 'attachment.tooLarge', params: { megabytes: MAX_ATTACHMENT_BYTES / 1024 / 1024 } })
    return { source, ext, size: found.size }
  }

  async function copyIn(deviceId: string, { source, ext, size }: CheckedSource): Promise<Attachment> {
    const id = randomUUID()
    const file = `${id}.${ext}`
    await makePrivateDirAsync(join(root, deviceId))
    await copyPrivateFile(source, join(root, deviceId, file))
    return { id, name: basename(source).slice(0, 255), file, size, addedAt: clock.now().toISOString() }
  }

  return {
    list,
    async add(deviceId) {
      const current = list(deviceId)
      await checkNoLink(deviceId)
      const paths = await dialogs.chooseOpenPaths({
        title: 'offboarding:lockedOut.attachments.dialogTitle',
        multiple: true,
        filters: [{ name: 'offboarding:lockedOut.attachments.filterName', extensions: [...ATTACHMENT_EXTENSIONS] }]
      })
      if (paths.length === 0) return current
      // check every chosen file before copying any, so a refused one leaves no stray copies behind
      const checked: CheckedSource[] = []
      for (const path of paths) checked.push(await checkSource(path))
      const copied: Attachment[] = []
      for (const c of checked) copied.push(await copyIn(deviceId, c))
      return save(deviceId, [...current, ...copied])
    },
    async remove(deviceId, attachmentId) {
      const current = list(deviceId)
      const target = current.find((a) => a.id === attachmentId)
      if (!target) throw new ServiceError('not-found', { key: 'attachment.gone' })
      await checkNoLink(deviceId)
      await rm(join(root, deviceId, target.file), { force: true })
      return save(
        deviceId,
        current.filter((a) => a.id !== attachmentId)
      )
    },
    filesOf: (deviceId) => [join('attachments', `${deviceId}.json`), join('attachments', deviceId)]
  }
}
