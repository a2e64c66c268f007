import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { phonesCsv } from '@main/services/archive/csv-inventory'
import { createCurrentLanguage } from '@main/services/language/current-language'
import { servicesAt } from '@harness/data/full-household'
import { madeUpPhone } from '@harness/data/made-up-phones'
import type { Device } from '@shared/device-model'
import { tempDir } from '@test/support/temp-dir'

/** The rows and cells of a CSV as a spreadsheet reads it: quoted cells, doubled quotes, CRLF rows. */
function cells(csv: string): string[][] {
  return csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((row) => row !== '')
    .map((row) => [...row.matchAll(/"((?:[^"]|"")*)"(?:,|$)/g)].map((match) => match[1].replace(/""/g, '"')))
}

/** The cells of `row` under their headers. */
const byHeader = (table: string[][], row: number) => Object.fromEntries(table[0].map((header, i) => [header, table[row][i]]))

describe('the CSV inventory', () => {
  it('is written in the app’s language, Russian here: headers and coded values, with the BOM and formulas defused', async () => {
    const dataDir = tempDir()
    const { services, dialogs } = await servicesAt(dataDir)
    await services.languagePreference.choose('ru')
    await services.household.create(madeUpPhone({ nickname: '=Зал', romRegion: 'EEA', osFamily: 'other Android', brand: '' }))
    const out = join(tempDir(), 'phones.csv')
    dialogs.answerSave(out)
    await services.archive.exportCsv(false)
    const csv = readFileSync(out, 'utf8')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const table = cells(csv)
    expect(table[0]).toEqual([
      'Название',
      'Марка',
      'Название модели',
      'Номер модели',
      'Операционная система',
      'Версия ОС',
      'Регион прошивки',
      'Цвет и память',
      'Владелец',
      'Дата покупки',
      'Состояние',
      'Заметки',
      'Добавлен',
      'Изменён'
    ])
    expect(byHeader(table, 1)).toMatchObject({
      Название: "'=Зал",
      Марка: 'Не знаю',
      'Операционная система': 'Другой Android',
      'Регион прошивки': 'Европа (ЕЭЗ)',
      Состояние: 'Используется'
    })
  })

  it('in Chinese names the identifier columns only when asked, and keeps brand names and dates as they are', async () => {
    const { t } = await createCurrentLanguage('zh-CN')
    const phone: Device = {
      ...madeUpPhone({ brand: 'other', romRegion: 'global' }),
      id: '0b7f6c1e-8a52-4d8e-9a43-3f0d2c9b1a11',
      status: 'handed-over',
      schemaVersion: 1,
      createdAt: '2026-01-02T03:04:05.000Z',
      updatedAt: '2026-01-03T03:04:05.000Z'
    }
    const plain = cells(phonesCsv([phone], [], false, t))
    expect(plain[0]).not.toContain('序列号')
    const secret = cells(phonesCsv([{ ...phone, brand: 'POCO', osFamily: 'HyperOS' }], [], true, t))
    expect(byHeader(secret, 1)).toMatchObject({ 品牌: 'POCO', 操作系统: 'HyperOS', 序列号: phone.serial, 状态: '已交接' })
    expect(byHeader(plain, 1)).toMatchObject({ 品牌: '其他', 'ROM 地区': '全球版', 添加时间: '2026-01-02T03:04:05.000Z' })
  })
})
