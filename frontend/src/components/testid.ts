import type { InputHTMLAttributes } from 'vue'

/**
 * inputTestId puts a test id on a Naive UI input's native <input> or <textarea>,
 * so browser tests can fill the field directly (Vue's attribute types do not
 * list data-* keys, hence the cast).
 */
export function inputTestId(id: string, extra: InputHTMLAttributes = {}): InputHTMLAttributes {
  return { ...extra, 'data-testid': id } as InputHTMLAttributes
}
