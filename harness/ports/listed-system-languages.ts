import type { SystemLanguages } from '@main/services/ports'

/** The SystemLanguages port for tests: the computer prefers `tags` (the Chromium tier passes the page's `navigator.languages`). */
export function listedSystemLanguages(tags: readonly string[]): SystemLanguages {
  const preferred = [...tags]
  return { preferred: () => preferred }
}
