import { describe, expect, it } from 'vitest'
import { parseGetprop } from '@shared/usb/getprop'
import { readDeviceProperties } from '@shared/usb/device-properties'
import { adbFixture, propertiesOf } from '@harness/adb/adb-fixtures'

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
    expect(propertiesOf(adbFixture('second-space-phone', 'getprop'))).toMatchObject({
      brand: 'Redmi',
      marketName: 'Redmi Note 13 Pro 5G',
      osFamily: 'HyperOS',
      osVersion: 'OS1.0.6.0.UNRMIXM'
    })
    expect(propertiesOf(adbFixture('no-accounts-phone', 'getprop'))).toMatchObject({
      brand: 'Redmi',
      modelNumber: '23053RN02Y',
      osFamily: 'MIUI',
      romRegion: 'global'
    })
  })

  it('finds the region from mod_device, then the MIUI build region, then the build number', () => {
    const base = (extra: string) => `[ro.product.model]: [2201116SG]\n[ro.build.version.release]: [12]\n${extra}`
    expect(propertiesOf(base('[ro.product.mod_device]: [veux_in_global]\n')).romRegion).toBe('India')
    expect(propertiesOf(base('[ro.product.mod_device]: [veux]\n')).romRegion).toBe('China')
    expect(propertiesOf(base('[ro.miui.build.region]: [ru]\n')).romRegion).toBe('Russia')
    expect(propertiesOf(base('[ro.build.version.incremental]: [V13.0.3.0.SKCTRXM]\n')).romRegion).toBe('Turkey')
    expect(propertiesOf(base('[ro.build.version.incremental]: [eng.build.20240101]\n')).romRegion).toBe('unknown')
  })

  it('takes an old phone whose model is its market name, and an older Redmi reporting brand Xiaomi, leaving the model number empty', () => {
    const old = propertiesOf(
      '[ro.product.brand]: [Xiaomi]\n[ro.product.model]: [Redmi Note 8 Pro]\n[ro.build.version.release]: [10]\n[ro.product.system.model]: [qssi]\n[ro.miui.ui.version.name]: [V125]\n'
    )
    expect(old).toMatchObject({ brand: 'Redmi', marketName: 'Redmi Note 8 Pro', modelNumber: '', osFamily: 'MIUI' })
  })

  it('takes the model number from ro.product.cert when ro.product.model holds the market name', () => {
    const base = '[ro.build.version.release]: [10]\n[ro.miui.ui.version.name]: [V125]\n'
    expect(
      propertiesOf(`${base}[ro.product.brand]: [Redmi]\n[ro.product.model]: [Redmi K30 5G]\n[ro.product.cert]: [M2001G7AE]\n`)
    ).toMatchObject({ marketName: 'Redmi K30 5G', modelNumber: 'M2001G7AE' })
    expect(
      propertiesOf(`${base}[ro.product.brand]: [Xiaomi]\n[ro.product.model]: [MI PAD 4]\n[ro.product.vendor.cert]: [M1806D9W]\n`)
    ).toMatchObject({ marketName: 'MI PAD 4', modelNumber: 'M1806D9W' })
    expect(
      propertiesOf(`${base}[ro.product.brand]: [Xiaomi]\n[ro.product.model]: [MI PAD 4]\n[ro.product.odm.model]: [M1806D9E]\n`).modelNumber
    ).toBe('M1806D9E')
  })

  it('maps brands it does not know to "other" and drops a serial with odd characters', () => {
    const p = propertiesOf(
      '[ro.product.brand]: [google]\n[ro.product.model]: [Pixel 8]\n[ro.build.version.release]: [14]\n[ro.serialno]: [bad serial!]\n'
    )
    expect(p.brand).toBe('other')
    expect(p.serial).toBe('')
  })

  it('flags unofficial ROMs by their signs only, and gives them region "other"', () => {
    const text = adbFixture('hyperos2-tablet', 'getprop')
    const eu = propertiesOf(text.replace('[ro.product.mod_device]: [sheng_global]', '[ro.product.mod_device]: [sheng_xiaomieu_global]'))
    expect(eu).toMatchObject({ unofficialRom: ['xiaomi-eu'], romRegion: 'other' })
    const lineage = propertiesOf(
      `${text}[ro.lineage.version]: [21.0]\n`.replace('[ro.build.tags]: [release-keys]', '[ro.build.tags]: [test-keys]')
    )
    expect(lineage).toMatchObject({ unofficialRom: ['lineage', 'test-keys'], romRegion: 'other' })
  })

  it('reads the region of every Xiaomi region code, from mod_device and from the build number', () => {
    const cases = [
      ['ru', 'RU', 'Russia'],
      ['id', 'ID', 'Indonesia'],
      ['tw', 'TW', 'Taiwan'],
      ['tr', 'TR', 'Turkey'],
      ['jp', 'JP', 'Japan'],
      ['kr', 'KR', 'Korea'],
      ['lm', 'LM', 'Latin America'],
      ['mx', 'MX', 'Mexico'],
      ['za', 'ZA', 'South Africa']
    ] as const
    const base =
      '[ro.product.model]: [23129RAA4G]\n[ro.build.version.release]: [14]\n[ro.product.brand]: [Redmi]\n[ro.miui.ui.version.name]: [V816]\n'
    for (const [suffix, build, region] of cases) {
      expect(propertiesOf(`${base}[ro.product.mod_device]: [emerald_${suffix}_global]\n`).romRegion, suffix).toBe(region)
      expect(propertiesOf(`${base}[ro.mi.os.version.incremental]: [OS1.0.7.0.UNF${build}XM]\n`).romRegion, build).toBe(region)
    }
  })

  it('answers "unknown" for a mod_device code it does not know, instead of falling back to the build number', () => {
    const text =
      '[ro.product.model]: [23129RAA4G]\n[ro.build.version.release]: [14]\n[ro.mi.os.version.incremental]: [OS1.0.7.0.UNFMIXM]\n[ro.product.brand]: [Redmi]\n'
    expect(propertiesOf(`${text}[ro.product.mod_device]: [emerald_xx_global]\n`).romRegion).toBe('unknown')
    expect(propertiesOf(`${text}[ro.product.mod_device]: [emerald_constructor_global]\n`).romRegion).toBe('unknown')
    expect(propertiesOf(`${text}[ro.product.mod_device]: [clover_mam_global]\n`).romRegion).toBe('other')
  })

  it("flags a HyperOS version that is not Xiaomi's, but not a China beta build", () => {
    const base = '[ro.product.model]: [23049PCD8G]\n[ro.build.version.release]: [14]\n[ro.product.brand]: [Redmi]\n'
    const port = propertiesOf(`${base}[ro.mi.os.version.incremental]: [OSZKOS.LITE.V2]\n[ro.mi.os.version.name]: [OS2.0]\n`)
    expect(port).toMatchObject({ osFamily: 'HyperOS', unofficialRom: ['unofficial-hyperos'], romRegion: 'other' })
    expect(propertiesOf(`${base}[ro.mi.os.version.incremental]: [OS2.0.241216.1.VNCCNXM.PRE]\n`).unofficialRom).toEqual([])
  })

  it('shows the HyperOS 3 build number from About phone, whatever ro.ai.os.version.name says', () => {
    const text =
      '[ro.product.model]: [25030PN60G]\n[ro.build.version.release]: [16]\n[ro.product.brand]: [Xiaomi]\n[ro.mi.os.version.name]: [OS3.0]\n[ro.mi.os.version.incremental]: [OS3.0.4.0.WOCMIXM]\n[ro.ai.os.version.name]: [OS3.1]\n[ro.ai.os.version.code]: [31]\n'
    expect(propertiesOf(text)).toMatchObject({
      osFamily: 'HyperOS',
      osVersion: 'OS3.0.4.0.WOCMIXM',
      romRegion: 'global',
      unofficialRom: []
    })
  })

  it('answers unrecognised for garbage, empty and truncated-before-the-model output', () => {
    expect(readDeviceProperties(parseGetprop(adbFixture('garbage', 'getprop')).props)).toEqual({ state: 'unknown', reason: 'unrecognised' })
    expect(readDeviceProperties(parseGetprop('').props)).toEqual({ state: 'unknown', reason: 'unrecognised' })
    expect(readDeviceProperties(parseGetprop(adbFixture('truncated', 'getprop')).props)).toEqual({
      state: 'unknown',
      reason: 'unrecognised'
    })
  })
})

describe('real phones (public getprop dumps, identifiers replaced)', () => {
  it('reads a xiaomi.eu ROM on a POCO X5 Pro and a Xiaomi 12X as region "other", not the China build it is made from', () => {
    expect(propertiesOf(adbFixture('xiaomieu-poco-x5-pro', 'getprop'))).toMatchObject({
      brand: 'POCO',
      marketName: 'POCO X5 Pro 5G',
      modelNumber: '22101320G',
      osFamily: 'MIUI',
      osVersion: 'V14.0.5.0.SMSCNXM',
      romRegion: 'other',
      unofficialRom: ['xiaomi-eu']
    })
    // Its ro.miui.build.region says "cn" and ro.bootimage.build.tags says "test-keys": neither counts.
    expect(propertiesOf(adbFixture('xiaomieu-xiaomi-12x', 'getprop'))).toMatchObject({
      marketName: 'Xiaomi 12X',
      modelNumber: '2112123AG',
      romRegion: 'other',
      unofficialRom: ['xiaomi-eu']
    })
  })

  it('reads an official HyperOS 2 Xiaomi Pad 6 from the EEA', () => {
    expect(propertiesOf(adbFixture('hyperos2-pad6-eea', 'getprop'))).toMatchObject({
      brand: 'Xiaomi',
      marketName: 'Xiaomi Pad 6',
      modelNumber: '23043RP34G',
      osFamily: 'HyperOS',
      osVersion: 'OS2.0.12.0.UMZEUXM',
      androidVersion: '14',
      romRegion: 'EEA',
      unofficialRom: []
    })
  })

  it('reads an official MIUI 14 Redmi 9 Power from India, although ro.build.keys says "test-keys"', () => {
    expect(propertiesOf(adbFixture('miui14-redmi9power-india', 'getprop'))).toMatchObject({
      marketName: 'Redmi 9 Power',
      modelNumber: 'M2010J19SI',
      romRegion: 'India',
      unofficialRom: []
    })
  })

  it('flags crDroid on a POCO F6 and a Redmi Note 11S as custom ROMs, whatever mod_device claims', () => {
    expect(propertiesOf(adbFixture('crdroid-poco-f6', 'getprop'))).toMatchObject({
      brand: 'POCO',
      modelNumber: '24069PC21I',
      osFamily: 'other Android',
      osVersion: 'Android 15',
      romRegion: 'other',
      unofficialRom: ['custom-rom']
    })
    // This one reports its code name "miel" as the model: the model number stays empty rather than wrong.
    expect(propertiesOf(adbFixture('crdroid-redmi-note-11s', 'getprop'))).toMatchObject({
      brand: 'Redmi',
      marketName: '',
      modelNumber: '',
      romRegion: 'other',
      unofficialRom: ['custom-rom']
    })
  })

  it('parses every real dump whole, also with CR/LF line ends or two runs in one file', () => {
    const phones = [
      'xiaomieu-poco-x5-pro',
      'xiaomieu-xiaomi-12x',
      'hyperos2-pad6-eea',
      'crdroid-poco-f6',
      'crdroid-redmi-note-11s',
      'miui14-redmi9power-india'
    ] as const
    for (const phone of phones) {
      const text = adbFixture(phone, 'getprop')
      const once = parseGetprop(text)
      expect(once.strayLines, phone).toBe(0)
      expect(parseGetprop(text.replace(/\n/g, '\r\n')).props, phone).toEqual(once.props)
      expect(parseGetprop(`${text}${text}`).props, phone).toEqual(once.props)
      expect(propertiesOf(text.replace(/\n/g, '\r\n')), phone).toEqual(propertiesOf(text))
    }
  })

  it('keeps empty values as empty strings', () => {
    const { props } = parseGetprop(adbFixture('crdroid-redmi-note-11s', 'getprop'))
    const empty = [...props.values()].filter((v) => v === '')
    expect(empty.length).toBeGreaterThan(10)
  })
})
