import type { ErrorText } from '../result'

/** The part of i18next's `t` that error messages need: a key with options (namespace, params, context). */
export type Translate = (key: string, options: Record<string, unknown>) => string

/**
 * The one way an error becomes text: its key in the `errors` namespace with its params, after the record or field it
 * is about (`Phone 3 (“Kitchen tablet”), field imei1: …`), in the translator's language.
 */
export function errorText(t: Translate, text: ErrorText): string {
  const ns = 'errors'
  const problem = t(text.key, { ns, ...text.params })
  const { where } = text
  if (!where) return problem
  const { record, field } = where
  if (!record) return field ? t('archive.inField', { ns, field, problem }) : t('archive.inFile', { ns, problem })
  const label = t(`archive.record.${record.section}`, {
    ns,
    number: record.number,
    ...(record.name ? { name: record.name, context: 'named' } : {})
  })
  return field ? t('archive.inRecord', { ns, record: label, field, problem }) : t('archive.inWholeRecord', { ns, record: label, problem })
}
