import { join } from 'node:path'
import { app } from 'electron'
import { createLogger, type Logger } from '../services/logging/logger'
import { createRotatingFileLog } from '../services/logging/rotating-file-log'

/** The app's rotating log in the user-data folder (`logs/handover.log`), and where that folder is. */
export function openAppLog(): { log: Logger; folder: string } {
  const folder = join(app.getPath('userData'), 'logs')
  return { log: createLogger(createRotatingFileLog(folder)), folder }
}
