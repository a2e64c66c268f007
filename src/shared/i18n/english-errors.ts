import errors from '../locales/en/errors.json' with { type: 'json' }

type Tree = { [key: string]: string | Tree }

/** The English template of an `errors` key (a plural key gives its "other" form), or the key itself when English lacks it. */
export function englishError(key: string): string {
  let node: string | Tree | undefined = errors
  const parts = key.split('.')
  for (const [index, part] of parts.entries()) {
    if (typeof node !== 'object') return key
    node = index === parts.length - 1 && !(part in node) ? node[`${part}_other`] : node[part]
  }
  return typeof node === 'string' ? node : key
}

/** True when English has `key` in the `errors` namespace. */
export function isEnglishErrorKey(key: string): boolean {
  return englishError(key) !== key
}
