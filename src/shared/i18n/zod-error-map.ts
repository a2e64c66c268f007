import type { z } from 'zod'
import type { ErrorKey, ErrorParams, ErrorText } from '../result'
import { isEnglishErrorKey } from './english-errors'

/** A message key for a schema's own message (`.max(80, errorKey('validation.tooLong'))`): checked at compile time. */
export function errorKey(key: ErrorKey): ErrorKey {
  return key
}

/** The numbers and names an issue carries that a message may interpolate. */
function paramsOf(issue: z.core.$ZodIssue): ErrorParams {
  const params: ErrorParams = {}
  if ('maximum' in issue) params.maximum = Number(issue.maximum)
  if ('minimum' in issue) params.minimum = Number(issue.minimum)
  if (issue.code === 'unrecognized_keys') params.keys = issue.keys.join(', ')
  if (issue.code === 'custom' && issue.params) {
    for (const [name, value] of Object.entries(issue.params))
      if (typeof value === 'string' || typeof value === 'number') params[name] = value
  }
  return params
}

/** The key for one of zod's built-in issues, by its code and what it checked. */
function builtInKey(issue: z.core.$ZodIssue): ErrorKey {
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string'
        ? 'validation.tooLong'
        : issue.origin === 'array' || issue.origin === 'set'
          ? 'validation.tooMany'
          : 'validation.tooBig'
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) === 1 ? 'validation.required' : 'validation.tooShort'
      return issue.origin === 'array' || issue.origin === 'set' ? 'validation.tooFew' : 'validation.tooSmall'
    case 'invalid_type':
      return 'validation.invalidType'
    case 'invalid_format':
      return 'validation.invalidFormat'
    case 'invalid_value':
      return 'validation.invalidValue'
    case 'unrecognized_keys':
      return 'validation.unrecognizedKeys'
    default:
      return 'validation.invalid'
  }
}

/**
 * The translated zod error map: turns an issue into a message key of the `errors` namespace and its params. A schema's
 * own message is already a key (see `errorKey`); zod's built-in issues (too_big, too_small, invalid_type,
 * invalid_format, invalid_value, custom...) get theirs by code.
 */
export function zodIssueText(issue: z.core.$ZodIssue): ErrorText {
  const key = isEnglishErrorKey(issue.message) ? (issue.message as ErrorKey) : builtInKey(issue)
  const params = paramsOf(issue)
  return Object.keys(params).length > 0 ? { key, params } : { key }
}
