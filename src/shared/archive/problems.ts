import type { z } from 'zod'
import type { SectionName } from './section-names'

/** A problem in an archive, named by record and field. */
export interface ArchiveProblem {
  /** Where, e.g. "devices[2].imei1". */
  path: string
  /** What is wrong, in words, with the record named: `Phone 3 (“Kitchen tablet”), field imei1: …`. */
  message: string
}

const SECTION_LABELS: Record<SectionName, string> = {
  members: 'Household member',
  devices: 'Phone',
  runs: 'Offboarding run',
  attachments: 'Receipts of phone',
  certificates: 'Certificate'
}

function field(record: unknown, key: string): string | undefined {
  if (typeof record !== 'object' || record === null || !Object.hasOwn(record, key)) return undefined
  const value = (record as Record<string, unknown>)[key]
  return typeof value === 'string' && value.length > 0 ? value.slice(0, 60) : undefined
}

/** A short name of a record taken from the raw file (nickname, name or id), when it has one. */
function recordName(section: string, record: unknown): string | undefined {
  if (section === 'certificates') return field(typeof record === 'object' && record !== null ? (record as { summary?: unknown }).summary : undefined, 'id')
  return field(record, 'nickname') ?? field(record, 'name') ?? field(record, 'deviceId') ?? field(record, 'id')
}

function isSection(name: unknown): name is SectionName {
  return typeof name === 'string' && Object.hasOwn(SECTION_LABELS, name)
}

/** Names the record an issue path points into, e.g. `Phone 3 (“Kitchen tablet”)`, or null outside the records. */
export function recordLabel(records: unknown, section: SectionName, index: number): string {
  const list = typeof records === 'object' && records !== null ? (records as Record<string, unknown>)[section] : undefined
  const name = Array.isArray(list) ? recordName(section, list[index]) : undefined
  return `${SECTION_LABELS[section]} ${index + 1}${name ? ` (“${name}”)` : ''}`
}

/** Turns a zod error on a whole archive into problems naming record and field. `raw` is the archive as read. */
export function describeArchiveIssues(error: z.ZodError, raw: unknown): ArchiveProblem[] {
  const records = typeof raw === 'object' && raw !== null ? (raw as { records?: unknown }).records : undefined
  return error.issues.slice(0, 20).map((issue) => {
    const [top, section, index, ...rest] = issue.path
    if (top === 'records' && isSection(section) && typeof index === 'number') {
      const fieldPath = rest.map(String).join('.')
      const path = `${section}[${index}]${fieldPath ? `.${fieldPath}` : ''}`
      const where = recordLabel(records, section, index)
      return { path, message: `${where}, ${fieldPath ? `field ${fieldPath}` : 'the record'}: ${issue.message}` }
    }
    const path = issue.path.map(String).join('.') || '(file)'
    return { path, message: `${path === '(file)' ? 'The file' : `Field ${path}`}: ${issue.message}` }
  })
}
