import type { TFunction } from 'i18next'
import type { Device, Member } from '@shared/device-model'
import { brandWords, osFamilyWords } from '@shared/i18n/device-words'

/** A column: the key of its header, and its cell for a phone in the current language. */
type Column = [headerKey: string, value: (device: Device, owner: string, t: TFunction) => string]

const COLUMNS: Column[] = [
  ['form.nickname', (d) => d.nickname],
  ['form.brand', (d, _o, t) => (d.brand === '' ? t('form.notSure') : brandWords(t, d.brand))],
  ['form.marketName', (d) => d.marketName],
  ['form.modelNumber', (d) => d.modelNumber],
  ['form.osFamily', (d, _o, t) => (d.osFamily === '' ? t('form.notSure') : osFamilyWords(t, d.osFamily))],
  ['form.osVersion', (d) => d.osVersion],
  ['form.romRegion', (d, _o, t) => t(`regions.${d.romRegion}`)],
  ['form.colourStorage', (d) => d.colourStorage],
  ['form.owner', (_d, owner) => owner],
  ['form.purchaseDate', (d) => d.purchaseDate],
  ['dashboard.filterStatus', (d, _o, t) => t(`status.${d.status}`)],
  ['form.notes', (d) => d.notes],
  ['records:inventory.added', (d) => d.createdAt],
  ['records:inventory.changed', (d) => d.updatedAt]
]

const SECRET_COLUMNS: Column[] = [
  ['form.serial', (d) => d.serial],
  ['form.imei1', (d) => d.imei1],
  ['form.imei2', (d) => d.imei2],
  ['form.accountHint', (d) => d.accountHint]
]

/** One CSV cell: quoted, quotes doubled, and a leading = + - @ defused so spreadsheets never run it as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return `"${safe.replace(/"/g, '""')}"`
}

/**
 * A CSV inventory of the phones (RFC 4180, CRLF, UTF-8 with BOM for spreadsheets); identifiers only when asked. Headers
 * and coded values (brand, OS, ROM region, status) are in the language of `t`; dates stay ISO 8601 for spreadsheets.
 */
export function phonesCsv(devices: readonly Device[], members: readonly Member[], includeSecrets: boolean, t: TFunction): string {
  const owners = new Map(members.map((m) => [m.id, m.name]))
  const columns = includeSecrets ? [...COLUMNS.slice(0, 4), ...SECRET_COLUMNS, ...COLUMNS.slice(4)] : COLUMNS
  const rows = [...devices]
    .sort((a, b) => a.nickname.localeCompare(b.nickname))
    .map((d) => columns.map(([, value]) => csvCell(value(d, d.ownerId ? (owners.get(d.ownerId) ?? '') : '', t))).join(','))
  return `\uFEFF${[columns.map(([header]) => csvCell(t(header))).join(','), ...rows].join('\r\n')}\r\n`
}
