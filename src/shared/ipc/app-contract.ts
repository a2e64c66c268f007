import { z } from 'zod'
import type { AppInfo } from '../app-info'
import { channel } from './channel'

/** Channels for app-wide facts and allow-listed links. */
export const appContract = {
  app: {
    info: channel(z.undefined()).returns<AppInfo>(),
    openExternal: channel(z.object({ url: z.string().url().max(2000) })).returns<null>()
  }
} as const
