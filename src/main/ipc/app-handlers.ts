import type { appContract } from '@shared/ipc/app-contract'
import type { Services } from '../services/create-services'
import { openAllowedLink } from '../services/external-links'
import type { Handlers } from './router'

/** Handlers for app-wide facts and links. */
export function appHandlers({ appVersion, dataDir, ports, languagePreference }: Services): Handlers<typeof appContract> {
  return {
    app: {
      info: () => ({ version: appVersion, dataDir, vault: ports.vault.status(), language: languagePreference.info() }),
      openExternal: ({ url }) => openAllowedLink(url, ports.links),
      setLanguage: ({ language }) => languagePreference.choose(language)
    }
  }
}
