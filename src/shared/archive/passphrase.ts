/** Shortest passphrase accepted for a protected export. */
export const MIN_PASSPHRASE_LENGTH = 8
/** Longest passphrase accepted. */
export const MAX_PASSPHRASE_LENGTH = 1024
