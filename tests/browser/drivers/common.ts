import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const DIST = (browser: 'chrome' | 'firefox') => join(ROOT, 'dist', browser);

export function requireFile(path: string, hint: string): string {
  if (!existsSync(path)) throw new Error(`${path} not found: ${hint}`);
  return path;
}

export function tempProfile(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `joom-${prefix}-`));
}

/** Finds elements in the document and open shadow roots: what a person sees, our shadow-root UI included. */
function deepQuery(selector: string, text?: string): Element | null {
  const roots: (Document | ShadowRoot)[] = [document];
  for (let i = 0; i < roots.length; i++) {
    const root = roots[i] as Document | ShadowRoot;
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
  }
  for (const root of roots) {
    for (const element of root.querySelectorAll(selector)) {
      if (text === undefined || (element.textContent ?? '').trim() === text) return element;
    }
  }
  return null;
}

/** `deepQuery` as an expression a driver can wait for in the page. */
export function deepQueryExpression(selector: string, text?: string): string {
  return `(${deepQuery.toString()})(${JSON.stringify(selector)}, ${text === undefined ? 'undefined' : JSON.stringify(text)})`;
}

/** The storage API as an extension page sees it (chrome.* in Chromium, browser.* in Firefox). */
export interface StorageGlobal {
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> }; session: { get(keys: null): Promise<Record<string, unknown>> } };
}
