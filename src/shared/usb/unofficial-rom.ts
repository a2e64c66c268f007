/**
 * Signs that the phone runs a ROM that Xiaomi did not make; shown as a fact, without judgement.
 * "custom-rom": a Xiaomi, Redmi or POCO phone without MIUI or HyperOS version properties
 * (PixelExperience, crDroid, …); "unofficial-hyperos": a HyperOS version that is not in Xiaomi's
 * build-number form (ports such as "OSZKOS.LITE.…").
 */
export const UNOFFICIAL_ROM_SIGNS = ['xiaomi-eu', 'lineage', 'custom-rom', 'unofficial-hyperos', 'test-keys'] as const
/** One unofficial-ROM sign; its words are `usb:prefill.signs.<sign>`. */
export type UnofficialRomSign = (typeof UNOFFICIAL_ROM_SIGNS)[number]

const XIAOMI_EU_PROPS = ['ro.product.mod_device', 'ro.build.fingerprint', 'ro.build.display.id', 'ro.build.host']
const XIAOMI_BRANDS = new Set(['xiaomi', 'redmi', 'poco'])
const BRAND_PROPS = ['ro.product.brand', 'ro.product.vendor.brand', 'ro.product.manufacturer', 'ro.product.vendor.manufacturer']
/** MIUI and HyperOS set at least one of these; custom ROMs built for the same phones set none. */
const XIAOMI_OS_PROPS = ['ro.miui.ui.version.name', 'ro.mi.os.version.name', 'ro.mi.os.version.incremental']
/**
 * Xiaomi's HyperOS build numbers: "OS", four dot-separated numbers, then Android letter, device code, region and
 * carrier ("OS2.0.12.0.UMZEUXM"); China's beta builds add a suffix such as ".PRE" or ".DEV".
 */
const XIAOMI_HYPEROS_BUILD = /^OS\d+\.\d+\.\d+\.\d+\.[A-Z]{7}(\.[A-Z]+)?$/

function isXiaomiFamilyPhone(props: ReadonlyMap<string, string>): boolean {
  return BRAND_PROPS.some((name) => XIAOMI_BRANDS.has((props.get(name) ?? '').trim().toLowerCase()))
}

/** The unofficial-ROM signs found in the properties, in a stable order; empty when none. */
export function unofficialRomSigns(props: ReadonlyMap<string, string>): UnofficialRomSign[] {
  const signs: UnofficialRomSign[] = []
  if (XIAOMI_EU_PROPS.some((name) => /xiaomi\.?eu/i.test(props.get(name) ?? ''))) signs.push('xiaomi-eu')
  if (props.has('ro.lineage.version') || props.has('ro.cm.version')) signs.push('lineage')
  const hasXiaomiOs = XIAOMI_OS_PROPS.some((name) => (props.get(name) ?? '').trim() !== '')
  if (!hasXiaomiOs && !signs.includes('lineage') && isXiaomiFamilyPhone(props)) signs.push('custom-rom')
  const hyperOs = (props.get('ro.mi.os.version.incremental') ?? '').trim()
  if (hyperOs && !XIAOMI_HYPEROS_BUILD.test(hyperOs)) signs.push('unofficial-hyperos')
  // Only the build's own tags count: official builds carry "test-keys" in other properties.
  if ((props.get('ro.build.tags') ?? '').split(',').includes('test-keys')) signs.push('test-keys')
  return signs
}
