import { z } from 'zod'
import type { ContractShape, OutputOf, ParsedInputOf } from '@shared/ipc/channel'
import { channelName } from '@shared/ipc/channel-names'
import { zodIssueText } from '@shared/i18n/zod-error-map'
import { englishError } from '@shared/i18n/english-errors'
import { errorDetail, ServiceError, type AppError, type ErrorKey, type ErrorParams, type Result } from '@shared/result'

/** The handler functions for a contract, one per channel, taking parsed input. */
export type Handlers<C extends ContractShape> = {
  [N in keyof C]: { [M in keyof C[N]]: (input: ParsedInputOf<C[N][M]>) => Promise<OutputOf<C[N][M]>> | OutputOf<C[N][M]> }
}

/** Who sent an IPC message: the frame's URL and whether it is the window's main frame. */
export interface SenderInfo {
  url: string | undefined
  isMainFrame: boolean
}

/** Routes channel calls: checks the sender, validates input with the contract's schema, calls the handler. */
export interface Router {
  /** Every channel name the router serves. */
  readonly channels: readonly string[]
  /** Handles one call; never throws. */
  handle(sender: SenderInfo, channel: string, payload: unknown): Promise<Result<unknown>>
}

/** `scheme://host` of a URL, which also works for custom schemes (whose WHATWG origin is "null"). */
export function schemeAndHost(url: string): string | null {
  try {
    const parsed = new URL(url)
    return `${parsed.protocol}//${parsed.host}`
  } catch {
    return null
  }
}

/** A sender check that accepts only the main frame of pages served from the given origins. */
export function trustedOrigins(origins: readonly string[]): (sender: SenderInfo) => boolean {
  return (sender) => sender.isMainFrame && sender.url !== undefined && origins.includes(schemeAndHost(sender.url) ?? '')
}

/** Each issue as a field detail: its path, and the translated zod error map's key and params. */
function zodDetails(error: z.ZodError): AppError['details'] {
  return error.issues.map((issue) => {
    const text = zodIssueText(issue)
    return errorDetail(issue.path.map(String).join('.'), text.key, text.params)
  })
}

/** An error the router answers by itself: a code and a message key, with the English template for logs. */
function routerError(code: AppError['code'], key: ErrorKey, params?: ErrorParams): AppError {
  return { code, key, ...(params ? { params } : {}), message: englishError(key) }
}

/** Turns anything a handler threw into a typed error without leaking personal data. */
export function toAppError(error: unknown, channel: string): AppError {
  if (error instanceof ServiceError) {
    return error.appError()
  }
  if (error instanceof z.ZodError) return { ...routerError('invalid-input', 'ipc.invalidInput'), details: zodDetails(error) }
  console.error(`[handover] ${channel} failed: ${error instanceof Error ? error.name : typeof error}`)
  return routerError('internal', 'ipc.internal')
}

/** Builds the router for a contract and its handlers. */
export function createRouter<C extends ContractShape>(
  contract: C,
  handlers: Handlers<C>,
  isTrustedSender: (sender: SenderInfo) => boolean
): Router {
  const table = new Map<string, { schema: z.ZodType; run: (input: unknown) => unknown }>()
  for (const [namespace, channels] of Object.entries(contract)) {
    for (const [method, spec] of Object.entries(channels)) {
      const run = (handlers as Record<string, Record<string, (input: unknown) => unknown>>)[namespace]?.[method]
      if (!run) throw new Error(`No handler for ${channelName(namespace, method)}`)
      table.set(channelName(namespace, method), { schema: spec.input, run })
    }
  }
  return {
    channels: [...table.keys()],
    async handle(sender, channel, payload) {
      if (!isTrustedSender(sender)) {
        return { ok: false, error: routerError('forbidden-sender', 'ipc.forbiddenSender') }
      }
      const entry = table.get(channel)
      if (!entry)
        return { ok: false, error: routerError('unknown-channel', 'ipc.unknownChannel', { channel: String(channel).slice(0, 60) }) }
      const parsed = entry.schema.safeParse(payload)
      if (!parsed.success) {
        return { ok: false, error: { ...routerError('invalid-input', 'ipc.invalidInput'), details: zodDetails(parsed.error) } }
      }
      try {
        return { ok: true, data: await entry.run(parsed.data) }
      } catch (error) {
        return { ok: false, error: toAppError(error, channel) }
      }
    }
  }
}
