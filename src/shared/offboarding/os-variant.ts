import type { OsFamily } from '../device-model'

/** The OS variants the instructions are written for: MIUI 12–14, HyperOS 1–3, other Android. */
export const OS_VARIANTS = ['miui', 'hyperos', 'other'] as const
/** One OS variant. */
export type OsVariant = (typeof OS_VARIANTS)[number]

const BY_FAMILY: Record<OsFamily, OsVariant> = { MIUI: 'miui', HyperOS: 'hyperos', 'other Android': 'other' }

/** The instruction variant for a phone's OS family. */
export function osVariantOf(family: OsFamily): OsVariant {
  return BY_FAMILY[family]
}
