// ESLint (flat config): `make lint`, or `npx eslint .` here. Vue 3 and TypeScript recommended
// rules; a rule turned off below says why in one line.
import { defineConfig } from 'eslint/config'
import js from '@eslint/js'
import globals from 'globals'
import pluginVue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'wailsjs/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    files: ['src/**/*.{ts,vue}'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['*.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    // The browser tests run in Node; their page.evaluate callbacks run in the page.
    files: ['e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      // Untrusted text (nicknames, messages) is never rendered as HTML.
      'vue/no-v-html': 'error',
      // Template layout rules: the templates keep a compact layout of their own, and
      // reformatting them all would touch every component for no behaviour change.
      'vue/max-attributes-per-line': 'off', // short tags keep their attributes on one line
      'vue/first-attribute-linebreak': 'off', // long tags wrap after the first attributes
      'vue/html-closing-bracket-newline': 'off', // `/>` closes the last attribute line
      'vue/html-indent': 'off', // wrapped attributes align by hand
      'vue/singleline-html-element-content-newline': 'off', // <p>{{ t('…') }}</p> stays on one line
      'vue/multiline-html-element-content-newline': 'off', // a button's label stays beside its tag
    },
  },
)
