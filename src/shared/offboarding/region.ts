import type { RomRegion } from '../usb/device-properties'

/**
 * The regions whose guidance differs: mainland China, where Xiaomi Cloud still syncs the Gallery and sells
 * Cloud plans, and everywhere else, where both ended on 25 October 2022 (Xiaomi's announcement on i.mi.com).
 */
export const GUIDANCE_REGIONS = ['china', 'global'] as const
/** One guidance region. */
export type GuidanceRegion = (typeof GUIDANCE_REGIONS)[number]

/**
 * The guidance region of a phone from its record's ROM region (filled in by hand or from its USB read).
 * Only a China ROM gets the China wording; an unknown or unofficial ROM gets the wording that offers nothing
 * Xiaomi Cloud may no longer do.
 */
export function guidanceRegionOf(romRegion: RomRegion): GuidanceRegion {
  return romRegion === 'China' ? 'china' : 'global'
}

/**
 * Texts whose words differ in mainland China, as data. The key as written is the wording outside China; the
 * China wording lives under `offboarding:byRegion.china.<key>`.
 */
export const CHINA_TEXT_KEYS = [
  'warnings.keep-remove-synced-data.text',
  'scenarios.delete-account.permanent',
  'steps.cancel-subscriptions.instructions.any',
  'steps.cancel-subscriptions.ifSkipped',
  'steps.factory-reset.instructions.miui',
  'steps.factory-reset.instructions.hyperos'
] as const
/** One text with a China variant. */
export type ChinaTextKey = (typeof CHINA_TEXT_KEYS)[number]

const CHINA_KEYS: ReadonlySet<string> = new Set(CHINA_TEXT_KEYS)

/** The i18n key (in the offboarding namespace) of a text for a region: its China variant where it has one. */
export function regionalKey(key: string, region: GuidanceRegion): string {
  return region === 'china' && CHINA_KEYS.has(key) ? `byRegion.china.${key}` : key
}
