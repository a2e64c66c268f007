import { describe, expect, it } from 'vitest'
import { translatedDialogs } from '@main/services/language/translated-dialogs'
import type { FileDialogs } from '@main/services/ports'
import { CATALOGUES } from '@shared/i18n/catalogues'
import { createTranslator } from '@shared/i18n/create-translator'

/** Two Spanish dialog texts, made up for the test. */
const spanish = { dialog: { importTitle: 'Importar registros', archiveFilter: 'Archivo de Handover' } }

describe('file dialogs in the main process’s language', () => {
  it('shows the title and filter names translated, and passes everything else through', async () => {
    const i18n = await createTranslator({
      language: 'es',
      namespaces: ['main', 'offboarding'],
      load: (code, namespace) => (code === 'es' && namespace === 'main' ? spanish : CATALOGUES[code][namespace])
    })
    const seen: unknown[] = []
    const native: FileDialogs = {
      chooseSavePath: async (options) => {
        seen.push(options)
        return '/chosen.csv'
      },
      chooseOpenPaths: async (options) => {
        seen.push(options)
        return ['/picked.handover']
      }
    }
    const dialogs = translatedDialogs(native, i18n)
    expect(
      await dialogs.chooseOpenPaths({
        title: 'main:dialog.importTitle',
        multiple: false,
        filters: [{ name: 'main:dialog.archiveFilter', extensions: ['handover'] }]
      })
    ).toEqual(['/picked.handover'])
    expect(
      await dialogs.chooseSavePath({
        title: 'main:dialog.inventoryTitle',
        defaultName: 'phones.csv',
        filters: [{ name: 'offboarding:lockedOut.attachments.filterName', extensions: ['csv'] }]
      })
    ).toBe('/chosen.csv')
    expect(seen).toEqual([
      { title: 'Importar registros', multiple: false, filters: [{ name: 'Archivo de Handover', extensions: ['handover'] }] },
      {
        title: 'Export phone inventory',
        defaultName: 'phones.csv',
        filters: [
          {
            name: (CATALOGUES.es.offboarding as { lockedOut: { attachments: { filterName: string } } }).lockedOut.attachments.filterName,
            extensions: ['csv']
          }
        ]
      }
    ])
  })
})
