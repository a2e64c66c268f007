import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'

// The files are made up, so no tsconfig holds them: the rules run without type information.
const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: tseslint.configs.disableTypeChecked })

/** The messages one rule of eslint.config.js gives for `code` linted as if it were the file at `filePath`. */
export async function lintMessages(code: string, filePath: string, ruleId: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === ruleId).map((m) => m.message)
}
