// The frontend's layers, checked on the source: components and views reach
// the backend only through stores; domain (non-UI logic) imports neither
// stores nor components; stores import no components; api imports nothing of
// ours but api/ and the generated bindings. Test files are skipped: they may
// build fixtures with whatever they need.
import { describe, expect, it } from 'vitest'

/** Every source file under src/, by path relative to src ("stores/members.ts"). */
const sources: Record<string, string> = Object.fromEntries(
  Object.entries(import.meta.glob<string>(['./**/*.ts', './**/*.vue', '!./**/*.test.ts', '!./**/*.d.ts'],
    { query: '?raw', import: 'default', eager: true }))
    .map(([path, text]) => [path.slice(2), text]))

/** The api module components may import values from: its error type is not a way to the backend. */
const ERRORS = 'api/errors'

export interface Import {
  from: string
  /** target is the imported path relative to src without extension ("../wailsjs/…" above it), or the package. */
  target: string
  /** external is a package (vue, naive-ui), not a file of ours. */
  external: boolean
  typeOnly: boolean
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?([\w$*, ]*(?:\{[^}]*\})?)\s*from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm

/** resolve turns a relative specifier in file into a path relative to src, without extension. */
export function resolve(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec
  const parts = file.split('/').slice(0, -1)
  for (const p of spec.split('/')) {
    if (p === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop()
    else if (p === '..') parts.push(p)
    else if (p !== '.') parts.push(p)
  }
  return parts.join('/').replace(/\.(ts|vue)$/, '')
}

/** onlyTypes says whether a clause imports types alone: `type {…}`, or braces whose every name is `type X`. */
function onlyTypes(typeKeyword: boolean, clause: string): boolean {
  if (typeKeyword) return true
  const braces = clause.match(/^\{([^}]*)\}$/s)
  if (!braces) return false
  const names = braces[1].split(',').map((s) => s.trim()).filter(Boolean)
  return names.length > 0 && names.every((n) => n.startsWith('type '))
}

/** importsOf lists a source's imports (and re-exports), with whether each brings types alone. */
export function importsOf(file: string, text: string): Import[] {
  const out: Import[] = []
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[4] ?? m[5] ?? m[6]
    out.push({ from: file, target: resolve(file, spec), external: !spec.startsWith('.'),
      typeOnly: m[4] ? onlyTypes(!!m[2], m[3].trim()) : false })
  }
  return out
}

const layer = (path: string): string => path.split('/')[0]
const all = (): Import[] => Object.entries(sources).flatMap(([f, t]) => importsOf(f, t))
const show = (imports: Import[]): string[] => imports.map((i) => `${i.from} -> ${i.target}`)

describe('importsOf', () => {
  it('tells type-only imports from value imports and resolves relative paths', () => {
    const text = [
      "import type { A } from '../../api/a'",
      "import { type B, type C } from '../../api/b'",
      "import { d, type D } from '../../api/d'",
      "import {\n  e,\n} from '../../api/e'",
      "export { f } from '../api/f'",
      "const g = () => import('../../api/g')",
      "import * as H from '../../../wailsjs/go/app/H'",
      "import { ref } from 'vue'",
    ].join('\n')
    expect(importsOf('components/x/Y.vue', text).map((i) => [i.target, i.typeOnly])).toEqual([
      ['api/a', true], ['api/b', true], ['api/d', false], ['api/e', false], ['components/api/f', false], ['api/g', false],
      ['../wailsjs/go/app/H', false], ['vue', false],
    ])
  })
})

describe('architecture', () => {
  it('reads the sources', () => {
    expect(Object.keys(sources)).toContain('stores/members.ts')
    expect(Object.keys(sources).some((f) => f.startsWith('components/') && f.endsWith('.vue'))).toBe(true)
  })

  it('components and views import no value from api/ but its error type: they go through stores', () => {
    const bad = all().filter((i) => ['components', 'views'].includes(layer(i.from)) && layer(i.target) === 'api'
      && !i.typeOnly && i.target !== ERRORS)
    expect(show(bad)).toEqual([])
  })

  it('domain imports neither stores, components nor views', () => {
    const bad = all().filter((i) => layer(i.from) === 'domain' && ['stores', 'components', 'views'].includes(layer(i.target)))
    expect(show(bad)).toEqual([])
  })

  it('stores import neither components nor views', () => {
    const bad = all().filter((i) => layer(i.from) === 'stores' && ['components', 'views'].includes(layer(i.target)))
    expect(show(bad)).toEqual([])
  })

  it('api imports nothing of ours but api/ and the generated bindings', () => {
    const bad = all().filter((i) => layer(i.from) === 'api' && !i.external
      && layer(i.target) !== 'api' && !i.target.startsWith('../wailsjs/'))
    expect(show(bad)).toEqual([])
  })
})
