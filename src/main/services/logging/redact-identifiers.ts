/** What replaces anything in a log message that could identify a phone or a person. */
export const REDACTED = '[redacted]'

const EMAIL = /[^\s@<>()"',;]+@[^\s@<>()"',;]+\.[^\s@<>()"',;.]+/g
// IMEIs (15 digits), MEIDs, phone numbers: any run of 8 or more digits, spaces and dashes allowed between.
const LONG_NUMBER = /\+?\d(?:[\s-]?\d){7,}/g
// Serial numbers: a word of 8 or more letters and digits that has both.
const SERIAL_LIKE = /\b(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{8,}\b/g

/** Removes e-mail addresses, long numbers and serial-like words: the log keeps what happened, not to whom. */
export function redactIdentifiers(message: string): string {
  return message.replace(EMAIL, REDACTED).replace(LONG_NUMBER, REDACTED).replace(SERIAL_LIKE, REDACTED)
}
