import { AUTH_ERRORS, type AuthError } from '../core/auth-errors';
import { fits, RULES } from '../core/shape-rules';
import { send } from '../shared/send';
import { handInReceipt } from './press-receipt';

// Joom sends the seller back to .../settings/store/joomcallbackcode with ?code=… (granted) or ?error=… (refused).
// Only the outcome leaves this page: the code itself is never stored, logged or sent, and of an error only its
// code, when it is one we know; the page's own words (error_description) are never shown, since any site can link
// here with any text. The background counts the outcome only after the seller's own click on "Yetki Talep Et", in
// its tab or one that tab opened, and not when the referrer's origin (all of it that is sent) names another site.

const CALLBACK_PATH = /^\/[a-z]{2}(?:-[A-Za-z]{2})?\/settings\/store\/joomcallbackcode\/?$/;

export function knownAuthError(error: string): AuthError {
  return (AUTH_ERRORS as readonly string[]).includes(error) && error !== 'other' ? (error as AuthError) : 'other';
}

/** The origin of the page that sent the seller here, '' for none: its path and query never leave this page. */
export function referrerOrigin(referrer: string): string {
  try {
    const origin = referrer ? new URL(referrer).origin : '';
    return /^https?:\/\//.test(origin) ? origin : '';
  } catch {
    return '';
  }
}

export const callbackPage = {
  name: 'callback',
  init(): void {
    if (!CALLBACK_PATH.test(location.pathname)) return;
    const params = new URLSearchParams(location.search);
    const code = params.get('code');
    const error = params.get('error');
    const referrer = referrerOrigin(document.referrer);
    const outcome =
      error !== null
        ? ({ type: 'sv/callback', result: 'error', error: knownAuthError(error), referrer } as const)
        : code !== null
          ? fits(RULES.authCode, code)
            ? ({ type: 'sv/callback', result: 'code', referrer } as const)
            : ({ type: 'sv/callback', result: 'error', error: 'other', referrer } as const)
          : undefined;
    // The receipt of the press that sent the seller to Joom first: its message may have been lost as the page left.
    if (outcome) void handInReceipt().then(() => send(outcome));
  },
};
