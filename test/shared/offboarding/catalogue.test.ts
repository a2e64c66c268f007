import { describe, expect, it } from 'vitest'
import en from '@shared/locales/en/offboarding.json'
import { BACKUP_CATALOGUE, BACKUP_CATEGORIES, BACKUP_METHODS, backupMethods } from '@shared/offboarding/backup'
import { STEP_CATALOGUE, STEP_IDS, WARNING_IDS, isRequired, stepsOf, type StepId } from '@shared/offboarding/catalogue'
import { OFFICIAL_LINKS } from '@shared/offboarding/links'
import { GATHER_ITEMS, LOCKED_OUT_ROUTES } from '@shared/offboarding/locked-out'
import { OS_VARIANTS } from '@shared/offboarding/os-variant'
import { CHINA_TEXT_KEYS, guidanceRegionOf } from '@shared/offboarding/region'
import { GUIDED_SCENARIOS, SCENARIOS } from '@shared/offboarding/scenarios'
import { STAGES } from '@shared/offboarding/stages'

/** Looks up a dotted key in the English resource; undefined when missing. */
function text(key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), en)
}

function expectText(key: string): void {
  const value = text(key)
  expect(typeof value === 'string' && value.trim().length > 0, `missing text ${key}`).toBe(true)
}

describe('step catalogue texts', () => {
  it.each(STEP_CATALOGUE.map((s) => [s.id, s] as const))(
    '%s has title, why, if-skipped and instructions for each OS variant',
    (id, step) => {
      for (const field of ['title', 'why', 'ifSkipped']) expectText(`steps.${id}.${field}`)
      if (step.perOs) for (const variant of OS_VARIANTS) expectText(`steps.${id}.instructions.${variant}`)
      else expectText(`steps.${id}.instructions.any`)
      for (const w of step.warnings) {
        expectText(`warnings.${w}.title`)
        expectText(`warnings.${w}.text`)
      }
      for (const link of step.links) expectText(`links.${link}`)
    }
  )

  it('has no texts for steps, warnings or scenarios the catalogue does not know', () => {
    expect(Object.keys(en.steps).sort()).toEqual([...STEP_IDS].sort())
    expect(Object.keys(en.warnings).sort()).toEqual([...WARNING_IDS].sort())
    expect(Object.keys(en.scenarios).sort()).toEqual([...SCENARIOS].sort())
    expect(Object.keys(en.stages).sort()).toEqual([...STAGES].sort())
  })

  it('writes per-scenario notes only for scenarios that include the step', () => {
    for (const [id, texts] of Object.entries(en.steps) as Array<[StepId, { byScenario?: Record<string, string> }]>) {
      for (const scenario of Object.keys(texts.byScenario ?? {})) {
        const ids = stepsOf(scenario as (typeof GUIDED_SCENARIOS)[number]).map((s) => s.id)
        expect(ids, `${id} note for ${scenario}`).toContain(id)
      }
    }
  })

  it('names the version-specific menus: MIUI Mi Cloud and HyperOS Xiaomi Cloud for Find device', () => {
    expect(text('steps.find-device-off.instructions.miui')).toContain('Mi Account')
    expect(text('steps.find-device-off.instructions.miui')).toContain('Mi Cloud › Find device')
    expect(text('steps.find-device-off.instructions.hyperos')).toContain('Xiaomi Account › Xiaomi Cloud')
    expect(text('steps.find-device-off.instructions.hyperos')).not.toContain('Mi Cloud')
    expectText('searchHint')
  })

  it('words every backup category, method and locked-out item', () => {
    for (const c of BACKUP_CATEGORIES) {
      expectText(`backup.categories.${c}.label`)
      expectText(`backup.categories.${c}.what`)
      if (BACKUP_CATALOGUE[c].prominentWarning) expectText(`backup.categories.${c}.warning`)
      expect(BACKUP_CATALOGUE[c].methods.length).toBeGreaterThan(0)
    }
    expect(BACKUP_CATALOGUE.authenticator.prominentWarning && BACKUP_CATALOGUE['chat-apps'].prominentWarning).toBe(true)
    for (const m of BACKUP_METHODS) {
      expectText(`backup.methods.${m}.label`)
      expectText(`backup.methods.${m}.how`)
    }
    for (const item of GATHER_ITEMS) expectText(`lockedOut.gather.${item}`)
    for (const route of LOCKED_OUT_ROUTES) {
      expectText(`lockedOut.routes.${route.id}.title`)
      expectText(`lockedOut.routes.${route.id}.text`)
    }
    expect(Object.keys(en.links).sort()).toEqual(Object.keys(OFFICIAL_LINKS).sort())
  })
})

describe('scenarios', () => {
  it.each(GUIDED_SCENARIOS.map((s) => [s]))('%s has a sensible ordered list', (scenario) => {
    const steps = stepsOf(scenario)
    const ids = steps.map((s) => s.id)
    expect(ids[0]).toBe('check-credentials')
    expect(ids[1]).toBe('backup')
    expect(ids.at(-1)).toBe(scenario === 'delete-account' ? 'delete-xiaomi-account' : 'hand-over')
    const stageIndex = steps.map((s) => STAGES.indexOf(s.stage))
    expect(stageIndex).toEqual([...stageIndex].sort((a, b) => a - b))
    // a prerequisite is always earlier in the list than the step that waits for it
    for (const [i, s] of steps.entries()) {
      for (const prerequisite of s.waitsFor.steps) {
        const at = ids.indexOf(prerequisite)
        if (at >= 0) expect(at, `${s.id} waits for ${prerequisite}`).toBeLessThan(i)
      }
    }
    // the account steps never come before the backup
    for (const account of ['xiaomi-sign-out', 'remove-google-accounts', 'factory-reset'] as const) {
      if (ids.includes(account)) expect(ids.indexOf(account)).toBeGreaterThan(ids.indexOf('backup'))
    }
  })

  it('wherever a reset or deletion is part of the scenario, the steps it waits for are too', () => {
    for (const scenario of GUIDED_SCENARIOS) {
      const ids = stepsOf(scenario).map((s) => s.id)
      for (const gated of ['factory-reset', 'delete-xiaomi-account'] as const) {
        if (!ids.includes(gated)) continue
        for (const prerequisite of STEP_CATALOGUE.find((s) => s.id === gated)!.waitsFor.steps) {
          expect(ids, `${scenario}: ${gated} needs ${prerequisite}`).toContain(prerequisite)
        }
      }
    }
  })

  it('gives giving-away scenarios the full list, repair keeps the account, and deletion no reset', () => {
    for (const scenario of ['sell', 'trade-in', 'family'] as const) {
      expect(stepsOf(scenario).map((s) => s.id)).toEqual(
        expect.arrayContaining(['find-device-off', 'xiaomi-sign-out', 'remove-google-accounts', 'factory-reset', 'post-reset-check'])
      )
    }
    const repair = stepsOf('repair').map((s) => s.id)
    expect(repair).not.toContain('xiaomi-sign-out')
    expect(repair).not.toContain('factory-reset')
    const deletion = stepsOf('delete-account').map((s) => s.id)
    expect(deletion).not.toContain('factory-reset')
    expect(deletion.indexOf('confirm-no-other-devices')).toBeLessThan(deletion.indexOf('delete-xiaomi-account'))
  })

  it('refers only to known steps and offers only official Xiaomi and Google pages', () => {
    for (const s of STEP_CATALOGUE) for (const p of s.waitsFor.steps) expect(STEP_IDS).toContain(p)
    for (const url of Object.values(OFFICIAL_LINKS)) {
      const host = new URL(url).hostname
      expect(url.startsWith('https://')).toBe(true)
      expect(/(^|\.)(xiaomi\.com|mi\.com|google\.com)$/.test(host), host).toBe(true)
    }
  })

  it('never marks the account steps skippable', () => {
    for (const id of ['find-device-off', 'xiaomi-sign-out', 'remove-google-accounts', 'factory-reset'] as const) {
      expect(STEP_CATALOGUE.find((s) => s.id === id)!.canSkip).toBe(false)
    }
  })
})

describe('region-specific guidance', () => {
  it('gives every text with a China variant both wordings, and the China one differs', () => {
    for (const key of CHINA_TEXT_KEYS) {
      expectText(key)
      expectText(`byRegion.china.${key}`)
      expect(text(`byRegion.china.${key}`), key).not.toBe(text(key))
    }
  })

  it('has no China wording the catalogue does not list', () => {
    const leaves: string[] = []
    const walk = (node: unknown, path: string): void => {
      if (typeof node === 'string') leaves.push(path)
      else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k)
    }
    walk(en.byRegion.china, '')
    expect(leaves.sort()).toEqual([...CHINA_TEXT_KEYS].sort())
  })

  it('offers Xiaomi Cloud for photos only on a China phone', () => {
    expect(backupMethods('photos-videos', 'global')).not.toContain('xiaomi-cloud')
    expect(backupMethods('photos-videos', 'china')).toContain('xiaomi-cloud')
    expect(backupMethods('contacts', 'global')).toEqual(backupMethods('contacts', 'china'))
    expect(guidanceRegionOf('China')).toBe('china')
    for (const region of ['global', 'EEA', 'India', 'other', 'unknown'] as const) expect(guidanceRegionOf(region)).toBe('global')
  })

  it('leaves the gallery out of the synced-data warning, photos out of the deletion text and the Cloud plan out of subscriptions outside China', () => {
    expect(text('warnings.keep-remove-synced-data.text')).not.toMatch(/gallery/i)
    expect(text('byRegion.china.warnings.keep-remove-synced-data.text')).toMatch(/gallery/i)
    expect(text('scenarios.delete-account.permanent')).not.toMatch(/photos/i)
    expect(text('byRegion.china.scenarios.delete-account.permanent')).toMatch(/photos/i)
    expect(text('steps.cancel-subscriptions.instructions.any')).not.toMatch(/Cloud storage plan/i)
    expect(text('byRegion.china.steps.cancel-subscriptions.instructions.any')).toMatch(/Cloud storage plan/i)
    expect(text('byRegion.china.steps.cancel-subscriptions.instructions.any')).toMatch(/Mi Wallet: move transit cards/)
  })

  it('backs up files with a method that covers them: Google backup does not', () => {
    expect(BACKUP_CATALOGUE['files-downloads'].methods).not.toContain('google-backup')
    expect(BACKUP_CATALOGUE['files-downloads'].methods).toEqual(expect.arrayContaining(['copy-to-computer', 'drive-upload']))
    expect(text('backup.methods.google-backup.how')).toMatch(/does not include files or the Download folder/)
  })
})

describe('corrected guidance', () => {
  it('does not claim that a recovery reset locks a signed-out phone', () => {
    for (const key of ['warnings.reset-from-settings.text', 'steps.factory-reset.why']) {
      expect(text(key)).not.toMatch(/even after you signed out/)
      expect(text(key), key).toMatch(/Google account is still on/)
    }
  })

  it('makes the reset wait for the SIM and eSIM step, and says a reset keeps eSIMs unless erased', () => {
    expect(STEP_CATALOGUE.find((s) => s.id === 'factory-reset')!.waitsFor.steps).toContain('remove-sim-esim')
    expect(STEP_CATALOGUE.find((s) => s.id === 'factory-reset')!.warnings).toContain('esim-kept-through-reset')
    for (const variant of OS_VARIANTS) expect(text(`steps.factory-reset.instructions.${variant}`)).toMatch(/Erase downloaded SIMs/)
    expect(text('warnings.esim-delete.text')).toMatch(/does not end your contract/)
  })

  it('asks for a connection in the post-reset check', () => {
    expect(STEP_CATALOGUE.find((s) => s.id === 'post-reset-check')!.warnings).toContain('check-online')
    expect(text('steps.post-reset-check.instructions.any')).toMatch(/Wi-Fi, or insert a SIM with mobile data/)
  })

  it('gives the delete-account scenario the wearables and subscriptions steps before the deletion', () => {
    const ids = stepsOf('delete-account').map((s) => s.id)
    for (const id of ['unpair-wearables', 'cancel-subscriptions'] as const) {
      expect(isRequired(id, 'delete-account')).toBe(true)
      expect(ids.indexOf(id)).toBeLessThan(ids.indexOf('delete-xiaomi-account'))
    }
    expect(text('steps.confirm-no-other-devices.instructions.any')).toMatch(/Xiaomi Home/)
    expect(text('steps.confirm-no-other-devices.instructions.any')).toMatch(/Mi Fitness/)
  })

  it('shows the Settings search hint on every step whose menu paths vary', () => {
    for (const s of STEP_CATALOGUE) if (s.perOs) expect(s.showsSearchHint, s.id).toBe(true)
    for (const id of ['unpair-wearables', 'cancel-subscriptions', 'remove-from-cloud-list', 'confirm-no-other-devices'] as const) {
      expect(STEP_CATALOGUE.find((s) => s.id === id)!.showsSearchHint, id).toBe(true)
    }
  })
})
