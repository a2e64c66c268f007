import { RuleTester } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, it } from 'vitest'
import rule from '../../eslint-rules/no-literal-main-message.js'

RuleTester.describe = describe
RuleTester.it = it

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 2024, sourceType: 'module' } })

tester.run('no-literal-main-message', rule, {
  valid: [
    "throw new ServiceError('not-found', { key: 'device.gone' })",
    'throw new ServiceError(refusal.code, { key: refusal.key }, refusal.details)',
    "dialogs.chooseOpenPaths({ title: 'main:dialog.importTitle', multiple: false, filters: [{ name: 'main:dialog.archiveFilter', extensions: ['json'] }] })",
    "const item = { label: label('file'), role: 'help' }",
    "const notice = { title: 'Handover', message: t('main:crash.window', { reason }), buttons: [t('main:crash.reload'), t('main:crash.quit')] }",
    "dialog.showErrorBox(t('main:startFailed.title'), t('main:startFailed.body', { reason }))"
  ],
  invalid: [
    {
      code: "throw new ServiceError('not-found', 'That phone is not in the household any more.')",
      errors: [{ messageId: 'serviceError' }]
    },
    { code: "throw new ServiceError('invalid-input', `That file is larger than ${max} MB.`)", errors: [{ messageId: 'serviceError' }] },
    {
      code: "dialogs.chooseSavePath({ title: 'Export all records', defaultName: 'x.handover', filters: [] })",
      errors: [{ messageId: 'text' }]
    },
    { code: "const item = { label: 'New Phone…', click: () => send('new-phone') }", errors: [{ messageId: 'text' }] },
    {
      code: "const notice = { message: `${what} (${reason}).`, detail: 'Nothing was lost.', buttons: ['Reload', 'Quit'] }",
      errors: [{ messageId: 'text' }, { messageId: 'text' }]
    },
    { code: "dialog.showErrorBox('Handover could not start', reason)", errors: [{ messageId: 'dialog' }] }
  ]
})
