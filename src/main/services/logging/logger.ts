import type { LogWriter } from './log-writer'
import { redactIdentifiers } from './redact-identifiers'

/** How serious a log entry is. */
export type LogLevel = 'info' | 'warn' | 'error'

/** The app's log: one line per event, identifiers removed before anything is written. */
export interface Logger {
  info(message: string): void
  warn(message: string): void
  error(message: string, error?: unknown): void
}

/** What an error may contribute to a log line: its name and redacted message, never its data. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`
  return typeof error === 'string' ? error : `a thrown ${typeof error}`
}

/** A logger writing `<ISO time> <LEVEL> <message>` lines to `writer`. */
export function createLogger(writer: LogWriter, now: () => Date = () => new Date()): Logger {
  const write = (level: LogLevel, message: string): void => {
    const oneLine = redactIdentifiers(message).replace(/\s*\n\s*/g, ' | ')
    writer.write(`${now().toISOString()} ${level.toUpperCase().padEnd(5)} ${oneLine}`)
  }
  return {
    info: (message) => write('info', message),
    warn: (message) => write('warn', message),
    error: (message, error) => write('error', error === undefined ? message : `${message}: ${describeError(error)}`)
  }
}

/** Copies console.warn and console.error into the log too (they still print); returns the undo. */
export function captureConsole(logger: Logger): () => void {
  const original = { warn: console.warn, error: console.error }
  for (const level of ['warn', 'error'] as const) {
    const copied = (...args: unknown[]): void => {
      original[level](...args)
      logger[level](args.map((arg) => (typeof arg === 'string' ? arg : describeError(arg))).join(' '))
    }
    Object.assign(console, { [level]: copied })
  }
  return () => Object.assign(console, original)
}
