import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { madeUpImei, madeUpPhone } from '@harness/data/made-up-phones'
import { expect, test } from './fixtures'

test('in Spanish, a damaged phone file set aside says why in Spanish, an old English note too, and so do the refusals to restore', async ({
  app
}) => {
  const ids = await app.main.run(
    async (services, phones) => {
      await services.languagePreference.choose('es')
      const saved = []
      for (const phone of phones) saved.push((await services.household.create(phone)).id)
      return saved
    },
    [
      madeUpPhone({ nickname: 'Redmi del pasillo' }),
      madeUpPhone({ nickname: 'POCO de la cocina', imei1: madeUpImei('86098765432101'), imei2: '' })
    ]
  )
  const [damagedId, keptId] = ids
  const devices = join(app.dataDir, 'devices')
  const damaged = join(devices, `${damagedId}.json`)
  writeFileSync(damaged, readFileSync(damaged).subarray(0, 40))
  // A note as an older Handover wrote it, in English words, for a copy of a phone that is still in place.
  const quarantine = join(app.dataDir, 'quarantine')
  const oldCopy = `2025-11-02T09-00-00-000Z__${keptId}.json`
  await app.restart()
  writeFileSync(join(quarantine, oldCopy), readFileSync(join(devices, `${keptId}.json`)))
  const oldNote = {
    file: oldCopy,
    originalPath: `devices/${keptId}.json`,
    at: '2025-11-02T09:00:00.000Z',
    reason: 'The file could not be used.'
  }
  writeFileSync(join(quarantine, `${oldCopy}.why.json`), JSON.stringify(oldNote, null, 2))
  expect(readdirSync(quarantine).filter((name) => !name.endsWith('.why.json'))).toHaveLength(2)

  await expect(app.locator('html')).toHaveAttribute('lang', 'es')
  await expect(app.getByRole('main')).toBeVisible()
  await app.main.menu('settings')
  const section = app.getByRole('region', { name: 'Archivos apartados' })
  const setAside = section.getByRole('listitem', { name: join('devices', `${damagedId}.json`) })
  await expect(setAside).toContainText('El archivo está dañado: no es JSON completo y válido.')
  const fromOlder = section.getByRole('listitem', { name: `devices/${keptId}.json` })
  await expect(fromOlder).toContainText('No se pudo usar el archivo.')

  await setAside.getByRole('button', { name: `Intentar restaurar ${join('devices', `${damagedId}.json`)}` }).click()
  await expect(app.getByRole('alert').filter({ hasText: 'sigue apartado' })).toContainText('Sigue dañado: no es JSON completo y válido.')
  await fromOlder.getByRole('button', { name: `Intentar restaurar devices/${keptId}.json` }).click()
  await expect(app.getByRole('alert').filter({ hasText: 'Ya hay un archivo en' })).toContainText(
    `Ya hay un archivo en devices/${keptId}.json; devolver este lo reemplazaría.`
  )
  await app.snap('quarantine-notes-es')
})
