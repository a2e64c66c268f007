/** Where finished log lines go: a rotating file in the app, an array in tests. */
export interface LogWriter {
  /** Appends one line (without its newline). Never throws. */
  write(line: string): void
}
