/** Signs that the phone runs a ROM that Xiaomi did not sign; shown as a fact, without judgement. */
export type UnofficialRomSign = 'xiaomi-eu' | 'lineage' | 'test-keys'

const XIAOMI_EU_PROPS = ['ro.product.mod_device', 'ro.build.fingerprint', 'ro.build.display.id', 'ro.build.host']

/** The unofficial-ROM signs found in the properties, in a stable order; empty when none. */
export function unofficialRomSigns(props: ReadonlyMap<string, string>): UnofficialRomSign[] {
  const signs: UnofficialRomSign[] = []
  if (XIAOMI_EU_PROPS.some((name) => /xiaomi\.?eu/i.test(props.get(name) ?? ''))) signs.push('xiaomi-eu')
  if (props.has('ro.lineage.version') || props.has('ro.cm.version')) signs.push('lineage')
  if ((props.get('ro.build.tags') ?? '').split(',').includes('test-keys')) signs.push('test-keys')
  return signs
}
