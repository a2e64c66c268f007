import type { Device, Member } from '@shared/device-model'

const COLUMNS: Array<[header: string, value: (device: Device, owner: string) => string]> = [
  ['Nickname', (d) => d.nickname],
  ['Brand', (d) => d.brand],
  ['Market name', (d) => d.marketName],
  ['Model number', (d) => d.modelNumber],
  ['Operating system', (d) => d.osFamily],
  ['OS version', (d) => d.osVersion],
  ['ROM region', (d) => d.romRegion],
  ['Colour and storage', (d) => d.colourStorage],
  ['Owner', (_d, owner) => owner],
  ['Purchase date', (d) => d.purchaseDate],
  ['Status', (d) => d.status],
  ['Notes', (d) => d.notes],
  ['Added', (d) => d.createdAt],
  ['Changed', (d) => d.updatedAt]
]

const SECRET_COLUMNS: typeof COLUMNS = [
  ['Serial number', (d) => d.serial],
  ['IMEI 1', (d) => d.imei1],
  ['IMEI 2', (d) => d.imei2],
  ['Xiaomi account hint', (d) => d.accountHint]
]

/** One CSV cell: quoted, quotes doubled, and a leading = + - @ defused so spreadsheets never run it as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return `"${safe.replace(/"/g, '""')}"`
}

/** A CSV inventory of the phones (RFC 4180, CRLF, UTF-8 with BOM for spreadsheets); identifiers only when asked. */
export function phonesCsv(devices: readonly Device[], members: readonly Member[], includeSecrets: boolean): string {
  const owners = new Map(members.map((m) => [m.id, m.name]))
  const columns = includeSecrets ? [...COLUMNS.slice(0, 4), ...SECRET_COLUMNS, ...COLUMNS.slice(4)] : COLUMNS
  const rows = [...devices]
    .sort((a, b) => a.nickname.localeCompare(b.nickname))
    .map((d) => columns.map(([, value]) => csvCell(value(d, d.ownerId ? (owners.get(d.ownerId) ?? '') : ''))).join(','))
  return `\uFEFF${[columns.map(([header]) => csvCell(header)).join(','), ...rows].join('\r\n')}\r\n`
}
