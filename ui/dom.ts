/**
 * A tiny element builder. Text always goes in as text nodes (never HTML): a cell that holds
 * `<img src=x onerror=…>` is shown as those characters. There is no innerHTML anywhere in ui/.
 */
export type Child = Node | string | number | null | undefined | false;

export interface Attrs {
  class?: string;
  id?: string;
  type?: string;
  for?: string;
  name?: string;
  value?: string;
  title?: string;
  role?: string;
  placeholder?: string;
  list?: string;
  inputmode?: string;
  autocomplete?: string;
  lang?: string;
  scope?: string;
  novalidate?: string;
  hidden?: boolean;
  disabled?: boolean;
  checked?: boolean;
  tabindex?: number;
  /** aria-* and data-* attributes, written as given */
  [attr: `aria-${string}`]: string | undefined;
  [attr: `data-${string}`]: string | undefined;
}

const BOOLEAN_PROPS = new Set(['hidden', 'disabled', 'checked']);

/** Creates an element; string children become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null) continue;
      if (BOOLEAN_PROPS.has(k)) {
        (el as unknown as Record<string, boolean>)[k] = Boolean(v);
      } else if (k === 'value' && 'value' in el) {
        (el as HTMLInputElement).value = String(v);
      } else {
        el.setAttribute(k, String(v));
      }
    }
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Replaces an element's children. */
export function replaceChildren(el: Element, ...children: Child[]): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  append(el, children);
}

/** Sets an element's text (textContent: never parsed as HTML). */
export function setText(el: Node, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}
