import { describe, expect, it } from 'vitest'
import { emptyDeviceInput } from '@shared/device-model'
import { applyChanges, identityMismatch, prefillChanges } from '@shared/usb/prefill'
import { UNOFFICIAL_ROM_SIGNS } from '@shared/usb/unofficial-rom'
import usbTexts from '@shared/locales/en/usb.json'
import { adbFixture, propertiesOf } from '@harness/adb/adb-fixtures'

const poco = propertiesOf(adbFixture('miui14-poco', 'getprop'))

describe('prefill', () => {
  it('lists every field a new record would gain, with before and after', () => {
    const changes = prefillChanges(emptyDeviceInput(), poco)
    expect(changes).toEqual([
      { field: 'brand', from: '', to: 'POCO' },
      { field: 'marketName', from: '', to: 'POCO X5 Pro 5G' },
      { field: 'modelNumber', from: '', to: '22101320G' },
      { field: 'osFamily', from: '', to: 'MIUI' },
      { field: 'osVersion', from: '', to: 'V14.0.4.0.TMSMIXM' },
      { field: 'romRegion', from: 'unknown', to: 'global' },
      { field: 'serial', from: '', to: 'POCODEMO0002' }
    ])
  })

  it('leaves out fields that already match and never proposes an unknown region or empty value', () => {
    const current = { ...emptyDeviceInput(), brand: 'POCO' as const, marketName: 'POCO X5 Pro 5G', romRegion: 'EEA' as const }
    const changes = prefillChanges(current, { ...poco, romRegion: 'unknown', serial: '' })
    expect(changes.map((c) => c.field)).toEqual(['modelNumber', 'osFamily', 'osVersion'])
  })

  it('applies only the accepted changes and keeps the other fields', () => {
    const current = { ...emptyDeviceInput(), nickname: 'Old POCO', notes: 'kept' }
    const changes = prefillChanges(current, poco).filter((c) => c.field !== 'serial')
    const next = applyChanges(current, changes)
    expect(next).toMatchObject({ nickname: 'Old POCO', notes: 'kept', brand: 'POCO', modelNumber: '22101320G', serial: '' })
    expect(current.brand).toBe('')
  })

  it('names a different serial or model number on a saved record as a mismatch, ignoring unknowns and case', () => {
    const recorded = { ...emptyDeviceInput(), serial: 'OTHERPHONE0009', modelNumber: '23117RA68G' }
    expect(identityMismatch(recorded, poco)).toEqual(['serial', 'modelNumber'])
    expect(identityMismatch({ ...recorded, serial: poco.serial.toLowerCase(), modelNumber: '' }, poco)).toEqual([])
    expect(identityMismatch(emptyDeviceInput(), poco)).toEqual([])
  })
})

describe('prefill from a custom ROM', () => {
  it('proposes region "other" and never overwrites a model number with a code name', () => {
    const current = { ...emptyDeviceInput(), brand: 'Redmi' as const, modelNumber: '2201117SY', romRegion: 'global' as const }
    const changes = prefillChanges(current, propertiesOf(adbFixture('crdroid-redmi-note-11s', 'getprop')))
    expect(changes.find((c) => c.field === 'romRegion')).toEqual({ field: 'romRegion', from: 'global', to: 'other' })
    expect(changes.map((c) => c.field)).not.toContain('modelNumber')
  })

  it('has words for every unofficial-ROM sign', () => {
    const signs: Record<string, string> = usbTexts.prefill.signs
    for (const sign of UNOFFICIAL_ROM_SIGNS) expect(signs[sign], sign).toMatch(/\w/)
  })
})
