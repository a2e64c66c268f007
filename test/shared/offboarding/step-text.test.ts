import { describe, expect, it } from 'vitest'
import { regionalKey } from '@shared/offboarding/region'
import { stepTextKeys } from '@shared/offboarding/step-text'

describe('stepTextKeys', () => {
  it('picks the OS variant for per-OS steps and "any" for the others', () => {
    expect(stepTextKeys('find-device-off', 'sell', 'hyperos', 'global').instructions).toBe('steps.find-device-off.instructions.hyperos')
    expect(stepTextKeys('backup', 'sell', 'hyperos', 'global').instructions).toBe('steps.backup.instructions.any')
  })

  it('gives a scenario its own instructions where the catalogue says so: a repair hands the phone over without a certificate', () => {
    expect(stepTextKeys('hand-over', 'repair', 'hyperos', 'global').instructions).toBe('steps.hand-over.instructions.repair')
    expect(stepTextKeys('hand-over', 'sell', 'hyperos', 'global').instructions).toBe('steps.hand-over.instructions.any')
  })

  it('takes the China wording on a China phone and the wording for elsewhere on the others', () => {
    expect(stepTextKeys('factory-reset', 'sell', 'hyperos', 'china').instructions).toBe(
      'byRegion.china.steps.factory-reset.instructions.hyperos'
    )
    expect(stepTextKeys('factory-reset', 'sell', 'hyperos', 'global').instructions).toBe('steps.factory-reset.instructions.hyperos')
    expect(stepTextKeys('cancel-subscriptions', 'sell', 'miui', 'china')).toMatchObject({
      instructions: 'byRegion.china.steps.cancel-subscriptions.instructions.any',
      ifSkipped: 'byRegion.china.steps.cancel-subscriptions.ifSkipped',
      why: 'steps.cancel-subscriptions.why'
    })
    const warning = stepTextKeys('xiaomi-sign-out', 'sell', 'miui', 'china').warnings.find((w) => w.id === 'keep-remove-synced-data')
    expect(warning).toEqual({
      id: 'keep-remove-synced-data',
      title: 'warnings.keep-remove-synced-data.title',
      text: 'byRegion.china.warnings.keep-remove-synced-data.text'
    })
  })

  it('lists the warnings in catalogue order, with the scenario note key', () => {
    const keys = stepTextKeys('post-reset-check', 'family', 'other', 'global')
    expect(keys.warnings.map((w) => w.id)).toEqual(['check-online'])
    expect(keys.scenarioNote).toBe('steps.post-reset-check.byScenario.family')
  })

  it('leaves a key without a China variant unchanged', () => {
    expect(regionalKey('steps.backup.why', 'china')).toBe('steps.backup.why')
    expect(regionalKey('scenarios.delete-account.permanent', 'china')).toBe('byRegion.china.scenarios.delete-account.permanent')
  })
})
