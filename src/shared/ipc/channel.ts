import type { z } from 'zod'
import type { Result } from '../result'

/** One IPC channel: the zod schema of its input and, as a type only, its output. */
export interface Channel<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I
  /** Phantom field carrying the output type; never set at run time. */
  readonly output?: O
}

/** Declares a channel with its input schema; call `.returns<T>()` to fix its output type. */
export function channel<I extends z.ZodType>(input: I): { returns<O>(): Channel<I, O> } {
  return { returns: () => ({ input }) }
}

/** A contract: namespaces of named channels, e.g. `devices.list` is channel `devices:list`. */
export type ContractShape = Record<string, Record<string, Channel>>

/** The input a caller passes to a channel (before zod parsing). */
export type InputOf<C> = C extends Channel<infer I, unknown> ? z.input<I> : never
/** The input a handler receives (after zod parsing). */
export type ParsedInputOf<C> = C extends Channel<infer I, unknown> ? z.output<I> : never
/** The output type of a channel. */
export type OutputOf<C> = C extends Channel<z.ZodType, infer O> ? O : never

/** The method the renderer calls for one channel. */
export type ApiMethod<C> =
  undefined extends InputOf<C> ? (input?: InputOf<C>) => Promise<Result<OutputOf<C>>> : (input: InputOf<C>) => Promise<Result<OutputOf<C>>>

/** The renderer's typed API for a contract. */
export type ApiOf<T extends ContractShape> = { [N in keyof T]: { [M in keyof T[N]]: ApiMethod<T[N][M]> } }
