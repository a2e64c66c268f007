import { ServiceError } from '@shared/result'
import type { ExternalLinks } from './ports'

/** Hosts whose pages Handover may open in the browser: Xiaomi's and Google's official help and account pages. */
export const ALLOWED_LINK_HOSTS: readonly string[] = [
  'account.xiaomi.com',
  'i.mi.com',
  'us.i.mi.com',
  'www.mi.com',
  'www.xiaomi.com',
  'support.google.com',
  'myaccount.google.com',
  'accounts.google.com',
  'developer.android.com'
]

/** True when `url` is an https link to an allow-listed host. */
export function isAllowedLink(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && ALLOWED_LINK_HOSTS.includes(parsed.hostname)
  } catch {
    return false
  }
}

/** Opens an allow-listed link in the browser; anything else is refused. */
export async function openAllowedLink(url: string, links: ExternalLinks): Promise<null> {
  if (!isAllowedLink(url)) throw new ServiceError('invalid-input', { key: 'links.notAllowed' })
  // The browser gets the URL as parsed and checked, never the renderer's raw text.
  await links.open(new URL(url).href)
  return null
}
