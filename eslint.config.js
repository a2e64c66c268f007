import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import i18next from 'eslint-plugin-i18next'
import importX from 'eslint-plugin-import-x'
import nodePlugin from 'eslint-plugin-n'
import prettier from 'eslint-config-prettier'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import globals from 'globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import noLiteralMainMessage from './eslint-rules/no-literal-main-message.js'

/** Another area's code, or anything three folders up, is reached by its alias (tsconfig.base.json paths). */
const deepRelative = {
  group: ['../../../*'],
  message:
    'Use a path alias (@shared/, @main/, @renderer/, @preload/, @harness/, @test/, @e2e/, @bench/) instead of climbing three folders.'
}
const electronOnlyHere = ['src/main/electron/**', 'src/main/index.ts', 'src/preload/**']
const rawIpcHomes = ['src/main/electron/ipc-bridge.ts', 'src/preload/index.ts']
/** The one place that may call webContents.send: it checks the window is still there. */
const eventSender = 'src/main/electron/send-event.ts'
/** Shared modules that import zod (found, so the list cannot go stale); the renderer may import them as types only. */
const zodModules = readdirSync('src/shared', { recursive: true })
  .filter((file) => file.endsWith('.ts') && /from 'zod'/.test(readFileSync(join('src/shared', file), 'utf8')))
  .flatMap((file) => [`**/shared/${file.replace(/\.ts$/, '')}`, `@shared/${file.replace(/\.ts$/, '')}`])
/** Nothing the app ships may import test code: the harness, test runners and test-only packages (devDependencies). */
const testCode = {
  paths: ['@playwright/test', 'conf', 'vitest', 'fast-check'].map((name) => ({
    name,
    message: `${name} is test code: src/ ships in the app. Put test adapters in harness/.`
  })),
  patterns: [
    {
      group: ['**/harness', '**/harness/**', '@harness/*', 'vitest/*', '@playwright/test/*', 'fast-check/*'],
      message: 'src/ ships in the app and never imports the harness or a test runner: inject what a test needs through a port.'
    }
  ]
}
const electronPath = {
  name: 'electron',
  message: "Only src/main/electron/, src/main/index.ts and src/preload/ may import 'electron': put the need behind a port."
}

/** webContents.send only through the one sender that checks the window is not destroyed. */
const noDirectSend = {
  selector: "CallExpression[callee.property.name='send'][callee.object.property.name='webContents']",
  message: `Push events with sendEvent (${eventSender}), which checks the window still exists.`
}
/** Attributes people hear (screen readers) or see (tooltips, placeholders). */
const shownAttribute = 'JSXAttribute[name.name=/^(aria-label|aria-description|aria-roledescription|aria-valuetext|title|placeholder|alt)$/]'
const translateIt = 'Words the user reads come from the catalogues: use t() with a key in src/shared/locales/en.'
/** Literal words in JSX that eslint-plugin-i18next's jsx-text-only mode does not see. */
const literalUiText = [
  `${shownAttribute} > Literal`,
  `${shownAttribute} > JSXExpressionContainer > Literal[value=/[A-Za-z]/]`,
  `${shownAttribute} > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=/[A-Za-z]/]`,
  ':matches(JSXElement, JSXFragment) > JSXExpressionContainer > Literal[value=/[A-Za-z]/]',
  ':matches(JSXElement, JSXFragment) > JSXExpressionContainer > :matches(ConditionalExpression, LogicalExpression) > Literal[value=/[A-Za-z]/]'
].map((selector) => ({ selector, message: translateIt }))

/** Zod calls whose arguments may carry a message: checks, refinements, issues, and the schema builders' params. */
const zodMessageCall =
  'CallExpression[callee.property.name=/^(min|max|length|nonempty|regex|refine|superRefine|check|addIssue|email|url|uuid|int|positive|nonnegative|negative|gt|gte|lt|lte|multipleOf|string|number|boolean|object|strictObject|array|custom|date)$/]'
/** Words in a literal (two non-spaces around a space): a message key ("validation.tooLong") has none. */
const words = '/\\S\\s+\\S/'
const zodKeyOnly = "A shared schema's message is a key of errors.json, written errorKey('validation.…'): zodIssueText translates keys only."
/** A literal sentence as a zod message in src/shared: `.min(1, 'text')`, `.refine(fn, 'text')`, `{ message: 'text' }`, `{ error: 'text' }`. */
const literalZodMessage = [
  `${zodMessageCall} > Literal[value=${words}]`,
  `${zodMessageCall} > TemplateLiteral > TemplateElement[value.raw=${words}]`,
  `${zodMessageCall} > ObjectExpression > Property[key.name=/^(message|error)$/] > Literal[value=${words}]`,
  `${zodMessageCall} > ObjectExpression > Property[key.name=/^(message|error)$/] > TemplateLiteral > TemplateElement[value.raw=${words}]`
].map((selector) => ({ selector, message: zodKeyOnly }))

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results.json',
      'eslint-rules/*.d.ts'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Type-aware rules read both tsconfigs (node: main, preload, tests; web: the renderer).
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error'
    }
  },
  {
    // The shipped code keeps every type-checked recommended rule; tests may poke at untyped page and fixture values.
    files: ['src/**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    // A port's async method may have nothing to await; an interface's methods are closures here, never `this`-bound.
    rules: { '@typescript-eslint/require-await': 'off', '@typescript-eslint/unbound-method': 'off' }
  },
  {
    // No import cycle anywhere (test/architecture/import-graph.test.ts proves the same on the built graph).
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: ['tsconfig.node.json', 'tsconfig.web.json'], noWarnOnMultipleProjects: true })
      ]
    },
    rules: { 'import-x/no-cycle': 'error' }
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['error', 'warn', 'log'] }]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules }
  },
  {
    // 'electron' is imported only by the thin adapters, the entry and the preload (docs/architecture.md, ports and adapters).
    files: ['**/*.{ts,tsx}'],
    ignores: electronOnlyHere,
    rules: { 'no-restricted-imports': ['error', { paths: [electronPath], patterns: [deepRelative] }] }
  },
  {
    // The same inside src/, which also never imports test code (the rule's last word for a file wins, so each src block repeats testCode).
    files: ['src/**/*.{ts,tsx}'],
    ignores: electronOnlyHere,
    rules: {
      'no-restricted-imports': ['error', { paths: [electronPath, ...testCode.paths], patterns: [...testCode.patterns, deepRelative] }]
    }
  },
  {
    // Raw IPC lives in exactly one place per side; everything else goes through the contract.
    files: electronOnlyHere,
    ignores: rawIpcHomes,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain', 'ipcRenderer'],
              message: 'Use the typed contract: ipcMain lives in src/main/electron/ipc-bridge.ts, ipcRenderer in src/preload/index.ts.'
            },
            ...testCode.paths
          ],
          patterns: [...testCode.patterns, deepRelative]
        }
      ]
    }
  },
  {
    // The two homes of raw IPC import it freely, and still no test code.
    files: rawIpcHomes,
    rules: { 'no-restricted-imports': ['error', testCode] }
  },
  {
    // The renderer talks to the main process only through window.api.
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer has no Electron: use window.api.' }, ...testCode.paths],
          patterns: [
            {
              group: ['node:*', '**/main/**', '@main/*', '**/preload/build-api*', '@preload/build-api*'],
              message: 'The renderer cannot use Node or main-process code.'
            },
            ...testCode.patterns,
            deepRelative
          ]
        }
      ]
    }
  },
  {
    // The renderer's bundle carries no zod: schemas validate in the main process, the renderer uses their types.
    // One exception: the phone form (a lazy chunk) checks with the shared device schema, not a copy of its rules.
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/src/features/phone-form/device-problems.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', allowTypeImports: true, message: 'The renderer validates nothing with zod: import its types only.' }],
          patterns: [
            {
              group: zodModules,
              allowTypeImports: true,
              message: 'This module imports zod: the renderer may import its types only (move a constant it needs into a zod-free module).'
            }
          ]
        }
      ]
    }
  },
  {
    // Services return domain types; the IPC contract is the router's business.
    files: ['src/main/services/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/shared/ipc/**', '@shared/ipc/*'],
              message: 'Services never import shared/ipc: put the type in the domain (src/shared) and let the contract import it.'
            }
          ]
        }
      ]
    }
  },
  {
    // Events go through the one sender that checks the window is not destroyed.
    files: ['**/*.{ts,tsx}'],
    ignores: [eventSender],
    rules: {
      'no-restricted-syntax': ['error', noDirectSend]
    }
  },
  {
    // Every word the user reads comes from the catalogues: no literal text in JSX (JSX text by the plugin; string children
    // and the attributes people hear or see by the selectors below).
    files: ['src/renderer/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }],
      'no-restricted-syntax': ['error', noDirectSend, ...literalUiText]
    }
  },
  {
    // Shared schemas carry message keys, which the translated zod error map turns into the owner's language.
    files: ['src/shared/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', noDirectSend, ...literalZodMessage] }
  },
  {
    // Main-process messages, dialogs and menus are message keys (docs/architecture.md, languages).
    files: ['src/main/**/*.ts', 'src/shared/**/*.ts'],
    plugins: { handover: { rules: { 'no-literal-main-message': noLiteralMainMessage } } },
    rules: { 'handover/no-literal-main-message': 'error' }
  },
  {
    // A request must not block the main process on the disk: services use fs/promises. Startup, crash recovery and the
    // crash-safe log are the exceptions, each named with its reason where it calls a synchronous function.
    files: ['src/main/services/**/*.ts'],
    plugins: { n: nodePlugin },
    rules: { 'n/no-sync': 'error' }
  },
  prettier
)
