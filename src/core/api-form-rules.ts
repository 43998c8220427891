import { SHOPIVERSE_ORIGIN } from './redirect';

// Which "Api Tanım" form on a ShopiVerse page may receive the values. The page collects facts about each block
// that holds the form's parts (shopiverse/api-form.ts); the decision is made here, from the facts alone.

/** A ShopiVerse store's settings page: /tr/settings/store/00159 (the 5-digit store code). */
const SETTINGS_PATH = /^\/[a-z]{2}(?:-[A-Za-z]{2})?\/settings\/store\/(\d{5})\/?$/;

export function storeCodeOf(path: string): string | undefined {
  return SETTINGS_PATH.exec(path)?.[1];
}

/** One container (a form, or the nearest box) holding rendered parts of an Api Tanım form, counted. */
export interface FormFacts {
  secrets: number;
  clientIds: number;
  storeIds: number;
  switches: number;
  saves: number;
  banners: number;
  /** The marketplace the container's banner names ("Joom", "Trendyol"). */
  marketplace?: string;
  /** Where the container's forms and buttons would submit (form action, formaction), as absolute URLs. */
  actions: string[];
}

export type FormVerdict = { status: 'one'; index: number } | { status: 'noForm' | 'notJoom' | 'offsite' | 'manyForms' };

const PARTS = ['secrets', 'clientIds', 'storeIds', 'switches', 'saves', 'banners'] as const;

function isOnShopiverse(url: string): boolean {
  try {
    return new URL(url).origin === SHOPIVERSE_ORIGIN;
  } catch {
    return false;
  }
}

/**
 * Exactly one container qualifies: every part present once, a banner naming Joom, nothing submitting off
 * app.shopiverse.tech, on a store-settings page. Two of anything, in one container or two, is not a guess we make.
 */
export function qualifyApiForm(path: string, forms: readonly FormFacts[]): FormVerdict {
  if (!storeCodeOf(path)) return { status: 'noForm' };
  const complete = forms.filter((form) => PARTS.every((part) => form[part] >= 1));
  if (complete.some((form) => PARTS.some((part) => form[part] > 1))) return { status: 'manyForms' };
  const joom = complete.filter((form) => /\bjoom\b/i.test(form.marketplace ?? ''));
  const onSite = joom.filter((form) => form.actions.every(isOnShopiverse));
  if (onSite.length > 1) return { status: 'manyForms' };
  if (onSite.length === 1) return { status: 'one', index: forms.indexOf(onSite[0] as FormFacts) };
  if (joom.length > 0) return { status: 'offsite' };
  if (complete.length > 0) return { status: 'notJoom' };
  return { status: 'noForm' };
}
