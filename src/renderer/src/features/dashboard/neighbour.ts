import type { DeviceSummary } from '@shared/device-model'

/** The phone shown after `id` in the list, else the one before it, else null. */
export function neighbourOf(shown: readonly DeviceSummary[], id: string): string | null {
  const index = shown.findIndex((device) => device.id === id)
  if (index < 0) return null
  return shown[index + 1]?.id ?? shown[index - 1]?.id ?? null
}
