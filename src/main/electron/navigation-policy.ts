import { isAllowedLink } from '../services/external-links'
import { schemeAndHost } from '../ipc/router'

/** What to do with a navigation or new-window request from the page. */
export type NavigationDecision = { action: 'deny' } | { action: 'deny-and-open-externally'; url: string }

/**
 * The page never navigates away and never opens windows. Allow-listed https links open in the
 * user's browser instead; everything else is simply refused.
 */
export function decideNavigation(url: string, appOrigin: string): NavigationDecision {
  if (schemeAndHost(url) === appOrigin) return { action: 'deny' }
  return isAllowedLink(url) ? { action: 'deny-and-open-externally', url } : { action: 'deny' }
}
