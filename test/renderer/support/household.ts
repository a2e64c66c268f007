import { summarise, type DeviceSummary } from '@shared/device-model'
import type { Household } from '@shared/household'
import { madeUpPhone } from '@harness/data/made-up-phones'

const AT = '2026-03-01T10:00:00.000Z'

/** A made-up phone as the dashboard receives it; override any field. */
export function madeUpSummary(overrides: Partial<DeviceSummary> = {}): DeviceSummary {
  return {
    ...summarise({
      ...madeUpPhone(),
      id: '0b7f6c1e-8a52-4d8e-9a43-3f0d2c9b1a11',
      status: 'in-use',
      createdAt: AT,
      updatedAt: AT,
      schemaVersion: 1
    }),
    ...overrides
  }
}

/** A household load answer holding `devices` and nothing to warn about. */
export function householdOf(devices: DeviceSummary[] = [], overrides: Partial<Household> = {}): Household {
  return { devices, members: [], quarantinedNow: [], locked: null, readOnly: null, skippedLinks: [], ...overrides }
}
