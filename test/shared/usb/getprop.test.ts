import { describe, expect, it } from 'vitest'
import { parseGetprop } from '../../../src/shared/usb/getprop'
import { readDeviceProperties } from '../../../src/shared/usb/device-properties'
import { adbFixture, propertiesOf } from '../../support/adb-fixtures'

describe('parseGetprop', () => {
  it('reads names and values, including empty values and a value over two lines', () => {
    const { props, strayLines } = parseGetprop(adbFixture('miui13-xiaomi', 'getprop'))
    expect(strayLines).toBe(0)
    expect(props.get('ro.product.model')).toBe('21081111RG')
    expect(props.get('gsm.operator.alpha')).toBe('')
    expect(props.get('vendor.debug.camera.note')).toBe('first line\nsecond line')
  })

  it('accepts CR/LF line ends from old devices', () => {
    const { props } = parseGetprop('[ro.product.brand]: [POCO]\r\n[ro.build.version.release]: [13]\r\n')
    expect(props.get('ro.product.brand')).toBe('POCO')
    expect(props.get('ro.build.version.release')).toBe('13')
  })

  it('counts stray lines and drops a value cut off at the end', () => {
    const { props, strayLines } = parseGetprop(adbFixture('truncated', 'getprop'))
    expect(props.has('ro.product.cpu.abilist')).toBe(false)
    expect(props.get('ro.product.brand')).toBe('Xiaomi')
    expect(strayLines).toBe(1)
    expect(parseGetprop(adbFixture('garbage', 'getprop')).strayLines).toBe(3)
  })
})

describe('readDeviceProperties', () => {
  it('reads a HyperOS 2 tablet as HyperOS, although it also sets the MIUI version', () => {
    expect(propertiesOf(adbFixture('hyperos2-tablet', 'getprop'))).toEqual({
      brand: 'Xiaomi',
      manufacturer: 'Xiaomi',
      marketName: 'Xiaomi Pad 6S Pro 12.4',
      modelNumber: '24018RPACG',
      codename: 'sheng',
      osFamily: 'HyperOS',
      osVersion: 'OS2.0.3.0.VNXMIXM',
      androidVersion: '15',
      romRegion: 'global',
      serial: 'HT7Q00DEMO01',
      unofficialRom: []
    })
  })

  it('reads a MIUI 14 POCO', () => {
    expect(propertiesOf(adbFixture('miui14-poco', 'getprop'))).toMatchObject({
      brand: 'POCO',
      marketName: 'POCO X5 Pro 5G',
      modelNumber: '22101320G',
      osFamily: 'MIUI',
      osVersion: 'V14.0.4.0.TMSMIXM',
      androidVersion: '13',
      romRegion: 'global'
    })
  })

  it('reads a MIUI 13 Xiaomi from the EEA', () => {
    expect(propertiesOf(adbFixture('miui13-xiaomi', 'getprop'))).toMatchObject({
      brand: 'Xiaomi',
      marketName: 'Xiaomi 11T',
      modelNumber: '21081111RG',
      osFamily: 'MIUI',
      osVersion: 'V13.0.10.0.SKWEUXM',
      romRegion: 'EEA',
      serial: 'c0ffeedemo3'
    })
  })

  it('reads a Redmi on HyperOS 1 and a Redmi on MIUI 14', () => {
    expect(propertiesOf(adbFixture('second-space-phone', 'getprop'))).toMatchObject({ brand: 'Redmi', marketName: 'Redmi Note 13 Pro 5G', osFamily: 'HyperOS', osVersion: 'OS1.0.6.0.UNRMIXM' })
    expect(propertiesOf(adbFixture('no-accounts-phone', 'getprop'))).toMatchObject({ brand: 'Redmi', modelNumber: '23053RN02Y', osFamily: 'MIUI', romRegion: 'global' })
  })

  it('finds the region from mod_device, then the MIUI build region, then the build number', () => {
    const base = (extra: string) => `[ro.product.model]: [2201116SG]\n[ro.build.version.release]: [12]\n${extra}`
    expect(propertiesOf(base('[ro.product.mod_device]: [veux_in_global]\n')).romRegion).toBe('India')
    expect(propertiesOf(base('[ro.product.mod_device]: [veux]\n')).romRegion).toBe('China')
    expect(propertiesOf(base('[ro.miui.build.region]: [ru]\n')).romRegion).toBe('Russia')
    expect(propertiesOf(base('[ro.build.version.incremental]: [V13.0.3.0.SKCTRXM]\n')).romRegion).toBe('Turkey')
    expect(propertiesOf(base('[ro.build.version.incremental]: [eng.build.20240101]\n')).romRegion).toBe('unknown')
  })

  it('takes an old phone whose model is its market name, and an older Redmi reporting brand Xiaomi', () => {
    const old = propertiesOf('[ro.product.brand]: [Xiaomi]\n[ro.product.model]: [Redmi Note 8 Pro]\n[ro.build.version.release]: [10]\n[ro.product.system.model]: [qssi]\n')
    expect(old).toMatchObject({ brand: 'Redmi', marketName: 'Redmi Note 8 Pro', modelNumber: 'Redmi Note 8 Pro', osFamily: 'other Android', osVersion: 'Android 10' })
  })

  it('maps brands it does not know to "other" and drops a serial with odd characters', () => {
    const p = propertiesOf('[ro.product.brand]: [google]\n[ro.product.model]: [Pixel 8]\n[ro.build.version.release]: [14]\n[ro.serialno]: [bad serial!]\n')
    expect(p.brand).toBe('other')
    expect(p.serial).toBe('')
  })

  it('flags unofficial ROMs by their signs only', () => {
    const text = adbFixture('hyperos2-tablet', 'getprop')
    expect(propertiesOf(text.replace('[ro.product.mod_device]: [sheng_global]', '[ro.product.mod_device]: [sheng_xiaomieu_global]')).unofficialRom).toEqual(['xiaomi-eu'])
    expect(propertiesOf(`${text}[ro.lineage.version]: [21.0]\n`.replace('[release-keys]', '[test-keys]')).unofficialRom).toEqual(['lineage', 'test-keys'])
  })

  it('answers unrecognised for garbage, empty and truncated-before-the-model output', () => {
    expect(readDeviceProperties(parseGetprop(adbFixture('garbage', 'getprop')).props)).toEqual({ state: 'unknown', reason: 'unrecognised' })
    expect(readDeviceProperties(parseGetprop('').props)).toEqual({ state: 'unknown', reason: 'unrecognised' })
    expect(readDeviceProperties(parseGetprop(adbFixture('truncated', 'getprop')).props)).toEqual({ state: 'unknown', reason: 'unrecognised' })
  })
})
