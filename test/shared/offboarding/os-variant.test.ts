import { describe, expect, it } from 'vitest'
import { osVariantOf } from '@shared/offboarding/os-variant'

describe('osVariantOf', () => {
  it('maps each OS family to its instructions, and an unknown OS to HyperOS, the current Xiaomi OS', () => {
    expect(osVariantOf('MIUI')).toBe('miui')
    expect(osVariantOf('HyperOS')).toBe('hyperos')
    expect(osVariantOf('other Android')).toBe('other')
    expect(osVariantOf('')).toBe('hyperos')
  })
})
