import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const electronOnlyHere = ['src/main/electron/**', 'src/main/index.ts', 'src/preload/**']
const rawIpcHomes = ['src/main/electron/ipc-bridge.ts', 'src/preload/index.ts']

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
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
    // DESIGN §1: 'electron' is imported only by the thin adapters, the entry and the preload.
    files: ['**/*.{ts,tsx}'],
    ignores: electronOnlyHere,
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: "Only src/main/electron/, src/main/index.ts and src/preload/ may import 'electron': put the need behind a port." }] }
      ]
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
            }
          ]
        }
      ]
    }
  },
  {
    // The renderer talks to the main process only through window.api.
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer has no Electron: use window.api.' }],
          patterns: [{ group: ['node:*', '**/main/**', '**/preload/build-api*'], message: 'The renderer cannot use Node or main-process code.' }]
        }
      ]
    }
  }
)
