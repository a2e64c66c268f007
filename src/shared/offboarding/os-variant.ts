import type { OsFamily, OsFamilyOrUnknown } from '../device-model'

/** The OS variants the instructions are written for: MIUI 12–14, HyperOS 1–3, other Android. */
export const OS_VARIANTS = ['miui', 'hyperos', 'other'] as const
/** One OS variant. */
export type OsVariant = (typeof OS_VARIANTS)[number]

const BY_FAMILY: Record<OsFamily, OsVariant> = { MIUI: 'miui', HyperOS: 'hyperos', 'other Android': 'other' }

/** The instruction variant for a phone's OS family; HyperOS (the current Xiaomi OS) when the owner is not sure. */
export function osVariantOf(family: OsFamilyOrUnknown): OsVariant {
  return family === '' ? 'hyperos' : BY_FAMILY[family]
}
