import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '@shared/certificate/canonical'

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    const text = canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })
    expect(text).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}')
  })

  it('is the same for the same content whatever the key order or formatting', () => {
    const pretty = JSON.parse('{\n  "name" : "Å",\n  "list": [ 1, 2 ],\n  "id": "x"\n}')
    const compact = JSON.parse('{"id":"x","list":[1,2],"name":"Å"}')
    expect(canonicalJson(pretty)).toBe(canonicalJson(compact))
  })

  it('normalises strings and keys to NFC', () => {
    const decomposed = { ['Cafe\u0301']: 'Ame\u0301lie' }
    const composed = { ['Caf\u00e9']: 'Am\u00e9lie' }
    expect(canonicalJson(decomposed)).toBe(canonicalJson(composed))
    expect(canonicalJson(decomposed)).toBe('{"Caf\u00e9":"Am\u00e9lie"}')
  })

  it('keeps array order, leaves undefined members out and escapes as JSON does', () => {
    expect(canonicalJson([2, 1])).toBe('[2,1]')
    expect(canonicalJson({ a: undefined, b: 'q"\n' })).toBe('{"b":"q\\"\\n"}')
  })

  it('refuses values JSON cannot carry and keys that clash after normalisation', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/n/)
    expect(() => canonicalJson({ when: new Date(0) })).toThrow(TypeError)
    expect(() => canonicalJson({ ['e\u0301']: 1, ['\u00e9']: 2 })).toThrow(/normalise/)
  })

  it('is stable: parsing the canonical text and writing it again gives the same text, for any key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const once = canonicalJson(value)
        expect(canonicalJson(JSON.parse(once))).toBe(once)
        const reversed = JSON.parse(
          JSON.stringify(value, (_key, item) =>
            item && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).reverse()) : item
          )
        )
        expect(canonicalJson(reversed)).toBe(once)
      }),
      { numRuns: 200 }
    )
  })
})
