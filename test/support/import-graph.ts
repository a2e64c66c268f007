import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'

/** One import of a module: what it names, whether it carries only types, and whether it is a dynamic `import()`. */
export interface ImportEdge {
  /** A repository-relative file path, or a package name (e.g. "zod"). */
  target: string
  typeOnly: boolean
  dynamic: boolean
}

/** Every source file under a folder and its imports, by repository-relative path. */
export type ImportGraph = Map<string, ImportEdge[]>

const ROOT = resolve('.')
const EXTENSIONS = ['.ts', '.tsx', '.d.ts', '/index.ts', '/index.tsx']
/** The path aliases of tsconfig.base.json ("@shared/*" → "./src/shared/*"), as prefix → folder. */
const ALIASES = Object.entries(
  (JSON.parse(readFileSync('tsconfig.base.json', 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } }).compilerOptions.paths
).map(([alias, [target]]) => [alias.replace(/\*$/, ''), resolve(ROOT, (target ?? '').replace(/\*$/, ''))] as const)

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) ? [path] : []
  })
}

function resolveSpecifier(from: string, specifier: string): string {
  const alias = ALIASES.find(([prefix]) => specifier.startsWith(prefix))
  if (!specifier.startsWith('.') && !alias)
    return specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]
  const base = alias ? join(alias[1], specifier.slice(alias[0].length)) : resolve(dirname(from), specifier)
  const found = [base, ...EXTENSIONS.map((ext) => base + ext)].find((candidate) => existsSync(candidate) && statSync(candidate).isFile())
  return relative(ROOT, found ?? base)
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause
  if (!clause) return false // a side-effect import runs the module
  if (clause.isTypeOnly) return true
  if (clause.name) return false
  const bindings = clause.namedBindings
  return (
    bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly)
  )
}

function importsOf(file: string): ImportEdge[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    false,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS
  )
  const edges: ImportEdge[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      edges.push({ target: resolveSpecifier(file, node.moduleSpecifier.text), typeOnly: isTypeOnlyImport(node), dynamic: false })
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly =
        node.isTypeOnly ||
        (node.exportClause !== undefined && ts.isNamedExports(node.exportClause) && node.exportClause.elements.every((e) => e.isTypeOnly))
      edges.push({ target: resolveSpecifier(file, node.moduleSpecifier.text), typeOnly, dynamic: false })
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      edges.push({ target: resolveSpecifier(file, node.arguments[0].text), typeOnly: false, dynamic: true })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return edges
}

/** Reads the import graph of every .ts/.tsx file under `dir` (repository-relative). */
export function readImportGraph(dir: string): ImportGraph {
  return new Map(sourceFiles(resolve(dir)).map((file) => [relative(ROOT, file), importsOf(file)]))
}

/** Every cycle of the graph's files (following all imports, types included), each as the list of files around it. */
export function findCycles(graph: ImportGraph): string[][] {
  const cycles: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (file: string): void => {
    state.set(file, 'open')
    stack.push(file)
    for (const { target } of graph.get(file) ?? []) {
      if (!graph.has(target)) continue
      if (state.get(target) === 'open') cycles.push([...stack.slice(stack.indexOf(target)), target])
      else if (!state.has(target)) visit(target)
    }
    stack.pop()
    state.set(file, 'done')
  }
  for (const file of graph.keys()) if (!state.has(file)) visit(file)
  return cycles
}

/**
 * The chain of value imports (type-only imports skipped) by which `from` reaches `target`, or null when it does not.
 * With `staticOnly`, dynamic `import()`s are skipped too: what lands in the same bundle chunk as `from`.
 */
export function valuePath(graph: ImportGraph, from: string, target: string, options: { staticOnly?: boolean } = {}): string[] | null {
  const seen = new Set<string>([from])
  const queue: string[][] = [[from]]
  while (queue.length > 0) {
    const path = queue.shift()!
    for (const edge of graph.get(path.at(-1)!) ?? []) {
      if (edge.typeOnly || (options.staticOnly && edge.dynamic) || seen.has(edge.target)) continue
      if (edge.target === target) return [...path, target]
      seen.add(edge.target)
      queue.push([...path, edge.target])
    }
  }
  return null
}
