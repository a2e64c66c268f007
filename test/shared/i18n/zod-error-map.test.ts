import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { CATALOGUES } from '@shared/i18n/catalogues'
import { createTranslator } from '@shared/i18n/create-translator'
import { errorText, type Translate } from '@shared/i18n/error-text'
import { errorKey, zodIssueText } from '@shared/i18n/zod-error-map'
import type { LanguageCode } from '@shared/i18n/languages'
import { deviceInputSchema } from '@shared/device-schema'
import { emptyDeviceInput } from '@shared/device-model'
import { recordAt, archiveProblem } from '@shared/archive/problems'
import { certificateLanguagesSchema } from '@shared/certificate/content'
import { issueOptionsSchema } from '@shared/certificate/subject'
import { reasonSchema } from '@shared/offboarding/run'

/** A few Russian messages, made up for the test (the real translations land on the translators' branches). */
const russian = {
  validation: {
    tooLong: 'Не длиннее {{maximum}} символов.',
    required: 'Обязательное поле.',
    invalidType: 'Неверный тип значения.',
    invalidFormat: 'Неверный формат.',
    invalidValue: 'Выберите одно из значений.',
    invalid: 'Значение не принято.',
    tooBig: 'Не больше {{maximum}}.',
    imeiLength_one: 'В IMEI 15 цифр, здесь {{count}}.',
    imeiLength_few: 'В IMEI 15 цифр, здесь {{count}}.',
    imeiLength_many: 'В IMEI 15 цифр, здесь {{count}}.',
    imeiLength_other: 'В IMEI 15 цифр, здесь {{count}}.'
  },
  archive: {
    inRecord: '{{record}}, поле {{field}}: {{problem}}',
    record: { devices: 'Телефон {{number}}', devices_named: 'Телефон {{number}} («{{name}}»)' },
    ownerUnknown: 'Владельца нет ни в архиве, ни в семье.'
  }
}

async function translatorIn(language: LanguageCode): Promise<(issue: z.core.$ZodIssue) => string> {
  const i18n = await createTranslator({
    language,
    namespaces: ['errors'],
    load: (code, namespace) => (code === 'ru' ? russian : CATALOGUES[code][namespace])
  })
  return (issue) => errorText(i18n.t, zodIssueText(issue))
}

const schema = z.object({
  name: z.string().max(5),
  nickname: z.string().min(1),
  age: z.number().max(120),
  kind: z.enum(['a', 'b']),
  date: z.iso.date(),
  count: z.number(),
  extra: z.string().refine(() => false)
})
const issues = schema.safeParse({ name: 'toolong', nickname: '', age: 300, kind: 'c', date: 'May', count: 'x', extra: '' }).error!.issues

describe('the translated zod error map', () => {
  it('names every built-in issue with a key and its params', () => {
    expect(issues.map((issue) => [issue.path.join('.'), zodIssueText(issue)])).toEqual([
      ['name', { key: 'validation.tooLong', params: { maximum: 5 } }],
      ['nickname', { key: 'validation.required', params: { minimum: 1 } }],
      ['age', { key: 'validation.tooBig', params: { maximum: 120 } }],
      ['kind', { key: 'validation.invalidValue' }],
      ['date', { key: 'validation.invalidFormat' }],
      ['count', { key: 'validation.invalidType' }],
      ['extra', { key: 'validation.invalid' }]
    ])
  })

  it('keeps a schema’s own key and a custom issue’s params', () => {
    const own = z.string().max(3, errorKey('validation.tooLong')).safeParse('four').error!.issues[0]
    expect(zodIssueText(own)).toEqual({ key: 'validation.tooLong', params: { maximum: 3 } })
    const custom = deviceInputSchema.safeParse({ ...emptyDeviceInput(), nickname: 'A', imei1: '12' }).error!.issues[0]
    expect(zodIssueText(custom)).toEqual({ key: 'validation.imeiLength', params: { count: 2 } })
  })

  it('gives the shared forms’ own words, not a generic one: the preparer, two languages, a skip reason', () => {
    const first = (result: { error?: z.ZodError }) => zodIssueText(result.error!.issues[0])
    expect(first(issueOptionsSchema.shape.preparer.safeParse({ name: '   ', contact: '' }))).toEqual({
      key: 'validation.preparerNameMissing',
      params: { minimum: 1 }
    })
    expect(first(certificateLanguagesSchema.safeParse(['es', 'es']))).toEqual({ key: 'validation.languagesDistinct' })
    expect(first(reasonSchema.safeParse('no'))).toMatchObject({ key: 'validation.skipReasonShort' })
  })

  it('reads in English', async () => {
    const english = await translatorIn('en')
    expect(issues.map(english)).toEqual([
      'Keep it to 5 characters or fewer.',
      'This is required.',
      'Enter 120 or less.',
      'Choose one of the values offered.',
      'This is not in the expected format.',
      'This value is missing or of the wrong kind.',
      'This value is not accepted.'
    ])
  })

  it('reads in a second language, with its own plural forms', async () => {
    const inRussian = await translatorIn('ru')
    expect(issues.map(inRussian)).toEqual([
      'Не длиннее 5 символов.',
      'Обязательное поле.',
      'Не больше 120.',
      'Выберите одно из значений.',
      'Неверный формат.',
      'Неверный тип значения.',
      'Значение не принято.'
    ])
    const short = deviceInputSchema.safeParse({ ...emptyDeviceInput(), nickname: 'A', imei1: '1234' }).error!.issues[0]
    expect(inRussian(short)).toBe('В IMEI 15 цифр, здесь 4.')
  })

  it('says which record and field of an archive a problem is in, in the reader’s language', async () => {
    const i18n = await createTranslator({
      language: 'ru',
      namespaces: ['errors'],
      load: (code, namespace) => (code === 'ru' ? russian : CATALOGUES[code][namespace])
    })
    const records = { devices: [{ nickname: 'Кухня' }, {}] }
    const named = archiveProblem(
      'devices[0].ownerId',
      { record: recordAt(records, 'devices', 0), field: 'ownerId' },
      { key: 'archive.ownerUnknown' }
    )
    const unnamed = archiveProblem(
      'devices[1].ownerId',
      { record: recordAt(records, 'devices', 1), field: 'ownerId' },
      { key: 'archive.ownerUnknown' }
    )
    expect(errorText(i18n.t as unknown as Translate, named)).toBe(
      'Телефон 1 («Кухня»), поле ownerId: Владельца нет ни в архиве, ни в семье.'
    )
    expect(errorText(i18n.t as unknown as Translate, unnamed)).toBe('Телефон 2, поле ownerId: Владельца нет ни в архиве, ни в семье.')
    expect(named.message).not.toContain('Кухня')
  })
})
