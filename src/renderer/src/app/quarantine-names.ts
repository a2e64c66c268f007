import type { TFunction } from 'i18next'
import type { QuarantineEntry } from '../../../shared/ipc/devices-contract'

const FOLDERS = ['devices', 'runs', 'attachments', 'certificates'] as const

/**
 * What a set-aside file held, in words: "the record of Kitchen POCO", "the handover progress of a phone
 * Handover no longer lists", "the household members". Never the file's path.
 */
export function describeQuarantined(entry: QuarantineEntry, nicknameOf: (deviceId: string) => string | undefined, t: TFunction): string {
  const [folder, file = ''] = entry.originalPath.split(/[\\/]/)
  const kind = FOLDERS.find((f) => f === folder)
  if (!kind) return file === '' && folder?.startsWith('household') ? t('quarantine.what.members') : t('quarantine.what.other')
  const name = nicknameOf(file.replace(/\.json$/, ''))
  return name ? t(`quarantine.what.${kind}Named`, { name }) : t(`quarantine.what.${kind}`)
}
