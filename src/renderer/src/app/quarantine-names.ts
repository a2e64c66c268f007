import type { TFunction } from 'i18next'
import type { QuarantineEntry } from '@shared/quarantine'

/**
 * What a set-aside file held, in words: "the record of Kitchen POCO" (the nickname still legible in the file,
 * or the phone Handover still lists), "the record of one phone", "the list of household members". Never the path.
 */
export function describeQuarantined(entry: QuarantineEntry, nicknameOf: (deviceId: string) => string | undefined, t: TFunction): string {
  const [folder, file = ''] = entry.originalPath.split(/[\\/]/)
  if (folder === 'household.json') return t('quarantine.what.members')
  if (folder !== 'devices') return t('quarantine.what.other')
  const name = entry.nickname ?? nicknameOf(file.replace(/\.json$/, ''))
  return name ? t('quarantine.what.deviceNamed', { name }) : t('quarantine.what.device')
}
