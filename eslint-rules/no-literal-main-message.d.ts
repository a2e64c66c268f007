import type { Rule } from 'eslint'

/** Main-process messages, dialogs and menus go through the translation seam, not literal English. */
declare const rule: Rule.RuleModule
export default rule
