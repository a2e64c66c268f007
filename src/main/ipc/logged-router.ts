import type { Logger } from '../services/logging/logger'
import type { Router } from './router'

/** The same router, with every refused or failed call logged by channel and error code: never its payload or data. */
export function withCallLog(router: Router, log: Logger): Router {
  return {
    channels: router.channels,
    async handle(sender, channel, payload) {
      const result = await router.handle(sender, channel, payload)
      if (!result.ok) {
        const line = `ipc ${String(channel).slice(0, 60)} -> ${result.error.code}`
        if (result.error.code === 'internal') log.error(line)
        else log.warn(line)
      }
      return result
    }
  }
}
