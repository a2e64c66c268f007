/**
 * Main-process messages are message keys, never literal English: a ServiceError's message, a dialog's title, message,
 * detail, buttons or button label, a menu label, and what showErrorBox / showMessageBox show. A literal without a
 * space ("Handover", "main:menu.file") is a name or a key and passes; a sentence or a template with words fails.
 */

const TEXT_PROPERTIES = new Set(['title', 'message', 'detail', 'label', 'buttonLabel', 'buttons'])
const DIALOG_CALLS = new Set(['showErrorBox', 'showMessageBox', 'showMessageBoxSync'])

/** True for a string literal or template that reads as words (a space between letters). */
function isProse(node) {
  if (!node) return false
  if (node.type === 'Literal') return typeof node.value === 'string' && /\p{L}\s+\S/u.test(node.value)
  if (node.type === 'TemplateLiteral') return node.quasis.some((quasi) => /\p{L}\s|\s\p{L}/u.test(quasi.value.cooked ?? ''))
  if (node.type === 'ArrayExpression')
    return node.elements.some((element) => element?.type === 'Literal' && typeof element.value === 'string' && /\p{L}/u.test(element.value))
  return false
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Main-process messages, dialogs and menus go through the translation seam, not literal English.' },
    messages: {
      serviceError:
        'Give ServiceError a message key ({ key, params }), not English: add the sentence to src/shared/locales/en/errors.json.',
      text: 'The {{name}} is shown to the user: use a message key (services.language.t / a dialog key), not literal English.',
      dialog: 'Dialog text is shown to the user: pass translated text (services.language.t), not literal English.'
    },
    schema: []
  },
  create(context) {
    return {
      NewExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'ServiceError' && isProse(node.arguments[1])) {
          context.report({ node: node.arguments[1], messageId: 'serviceError' })
        }
      },
      Property(node) {
        const name = node.key.type === 'Identifier' ? node.key.name : node.key.type === 'Literal' ? String(node.key.value) : null
        if (name && TEXT_PROPERTIES.has(name) && isProse(node.value))
          context.report({ node: node.value, messageId: 'text', data: { name } })
      },
      CallExpression(node) {
        const callee = node.callee.type === 'MemberExpression' ? node.callee.property : node.callee
        if (callee.type === 'Identifier' && DIALOG_CALLS.has(callee.name)) {
          for (const argument of node.arguments) if (isProse(argument)) context.report({ node: argument, messageId: 'dialog' })
        }
      }
    }
  }
}
