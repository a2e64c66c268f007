/** Properties read from `getprop`, and whether the output looked whole. */
export interface GetpropResult {
  props: ReadonlyMap<string, string>
  /** Lines that were neither a property nor the continuation of one (e.g. an error message). */
  strayLines: number
}

const LINE = /^\[([^\]\s]+)\]: \[(.*)$/

/**
 * Parses `getprop` output: one `[name]: [value]` per line; a value may run over several lines
 * and ends at the line that closes its bracket. CR/LF line ends (old devices' pty) are accepted.
 */
export function parseGetprop(output: string): GetpropResult {
  const props = new Map<string, string>()
  let strayLines = 0
  let open: { name: string; value: string } | null = null
  for (const raw of output.replace(/\r\n?/g, '\n').split('\n')) {
    if (open) {
      open.value += `\n${raw}`
      if (raw.endsWith(']')) {
        props.set(open.name, open.value.slice(0, -1))
        open = null
      }
      continue
    }
    if (raw.trim() === '') continue
    const match = LINE.exec(raw)
    if (!match) {
      strayLines++
      continue
    }
    const name = match[1]
    const rest = match[2]
    if (rest.endsWith(']')) props.set(name, rest.slice(0, -1))
    else open = { name, value: rest }
  }
  // A value still open at the end was cut off: keep nothing of it.
  if (open) strayLines++
  return { props, strayLines }
}
