import type { Ports } from '@main/services/ports'
import { createOfflineAdb } from './offline-adb'
import { createConfStorage } from './conf-storage'
import { createPlaintextVault } from './plaintext-vault'
import { createScriptedDialogs } from './scripted-dialogs'
import { builtParseWorker } from './built-parse-worker'
import { listedSystemLanguages } from './listed-system-languages'
import { createWorkerParser } from '@main/services/parsing/worker-parser'

/** Ports for tests: conf storage, the plaintext vault, scripted dialogs, a recording link opener, the built parse worker, a US English system; override any. */
export function createTestPorts(overrides: Partial<Ports> = {}): Ports & { openedLinks: string[] } {
  const openedLinks: string[] = []
  return {
    storage: createConfStorage(),
    vault: createPlaintextVault(),
    clock: { now: () => new Date() },
    dialogs: createScriptedDialogs(),
    pdf: {
      htmlToPdf: () => Promise.reject(new Error('No PDF printer in this test'))
    },
    events: { emit: () => {} },
    links: { open: async (url) => void openedLinks.push(url) },
    adb: createOfflineAdb(),
    printer: { print: async () => true },
    parser: createWorkerParser(builtParseWorker()),
    systemLanguages: listedSystemLanguages(['en-US']),
    openedLinks,
    ...overrides
  }
}
