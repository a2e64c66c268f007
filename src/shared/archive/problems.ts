import type { z } from 'zod'
import { zodIssueText } from '../i18n/zod-error-map'
import { errorDetail, type ErrorDetail, type ErrorPlace, type ErrorText } from '../result'
import { SECTION_NAMES, type SectionName } from './section-names'

/** A problem in an archive, named by record and field: `Phone 3 (“Kitchen tablet”), field imei1: …`. */
export type ArchiveProblem = ErrorDetail

function field(record: unknown, key: string): string | undefined {
  if (typeof record !== 'object' || record === null || !Object.hasOwn(record, key)) return undefined
  const value = (record as Record<string, unknown>)[key]
  return typeof value === 'string' && value.length > 0 ? value.slice(0, 60) : undefined
}

/** A short name of a record taken from the raw file (nickname, name or id), when it has one. */
function recordName(section: string, record: unknown): string | undefined {
  if (section === 'certificates')
    return field(typeof record === 'object' && record !== null ? (record as { summary?: unknown }).summary : undefined, 'id')
  return field(record, 'nickname') ?? field(record, 'name') ?? field(record, 'deviceId') ?? field(record, 'id')
}

function isSection(name: unknown): name is SectionName {
  return typeof name === 'string' && (SECTION_NAMES as readonly string[]).includes(name)
}

/** The record an issue path points into: its section, number from 1, and name from the raw file when it has one. */
export function recordAt(records: unknown, section: SectionName, index: number): NonNullable<ErrorPlace['record']> {
  const list = typeof records === 'object' && records !== null ? (records as Record<string, unknown>)[section] : undefined
  const name = Array.isArray(list) ? recordName(section, list[index]) : undefined
  return { section, number: index + 1, ...(name ? { name } : {}) }
}

/** A problem at `path`, about `where`, saying `text`. */
export function archiveProblem(path: string, where: ErrorPlace, text: ErrorText): ArchiveProblem {
  return errorDetail(path, text.key, text.params, where)
}

/** Turns a zod error on a whole archive into problems naming record and field. `raw` is the archive as read. */
export function describeArchiveIssues(error: z.ZodError, raw: unknown): ArchiveProblem[] {
  const records = typeof raw === 'object' && raw !== null ? (raw as { records?: unknown }).records : undefined
  return error.issues.slice(0, 20).map((issue) => {
    const [top, section, index, ...rest] = issue.path
    if (top === 'records' && isSection(section) && typeof index === 'number') {
      const fieldPath = rest.map(String).join('.')
      const path = `${section}[${index}]${fieldPath ? `.${fieldPath}` : ''}`
      return archiveProblem(
        path,
        { record: recordAt(records, section, index), ...(fieldPath ? { field: fieldPath } : {}) },
        zodIssueText(issue)
      )
    }
    const path = issue.path.map(String).join('.') || '(file)'
    return archiveProblem(path, path === '(file)' ? {} : { field: path }, zodIssueText(issue))
  })
}
