import { z } from 'zod'
import { errorKey } from '../i18n/zod-error-map'
import { DEVICE_STATUSES, type DeviceSummary, type Member } from '../device-model'
import { deviceInputSchema } from '../device-schema'
import type { Household, RevealedFields } from '../household'
import { channel } from './channel'

const deviceId = z.object({ id: z.string().uuid() })

/** Channels for phones and household members. */
export const devicesContract = {
  household: {
    load: channel(z.undefined()).returns<Household>()
  },
  devices: {
    create: channel(deviceInputSchema).returns<DeviceSummary>(),
    update: channel(z.object({ id: z.string().uuid(), input: deviceInputSchema })).returns<DeviceSummary>(),
    setStatus: channel(z.object({ id: z.string().uuid(), status: z.enum(DEVICE_STATUSES) })).returns<DeviceSummary>(),
    reveal: channel(deviceId).returns<RevealedFields>(),
    remove: channel(deviceId).returns<{ undoToken: string }>(),
    undoRemove: channel(z.object({ undoToken: z.string().min(1).max(100) })).returns<DeviceSummary>()
  },
  members: {
    create: channel(z.object({ name: z.string().trim().min(1, errorKey('validation.memberNameMissing')).max(80) })).returns<Member>()
  }
} as const
