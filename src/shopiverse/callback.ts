import { AUTH_ERRORS, type AuthError } from '../core/auth-errors';
import { fits, RULES } from '../core/shape-rules';
import { send } from '../shared/send';

// Joom sends the seller back to .../settings/store/joomcallbackcode with ?code=… (granted) or ?error=… (refused).
// Only the outcome leaves this page: the code itself is never stored, logged or sent, and of an error only its
// code, when it is one we know; the page's own words (error_description) are never shown, since any site can link
// here with any text. The background counts the outcome only after the seller's own click on "Yetki Talep Et".

const CALLBACK_PATH = /^\/[a-z]{2}(?:-[A-Za-z]{2})?\/settings\/store\/joomcallbackcode\/?$/;

export function knownAuthError(error: string): AuthError {
  return (AUTH_ERRORS as readonly string[]).includes(error) && error !== 'other' ? (error as AuthError) : 'other';
}

export const callbackPage = {
  name: 'callback',
  init(): void {
    if (!CALLBACK_PATH.test(location.pathname)) return;
    const params = new URLSearchParams(location.search);
    const code = params.get('code');
    const error = params.get('error');
    if (error !== null) {
      void send({ type: 'sv/callback', result: 'error', error: knownAuthError(error) });
    } else if (code !== null) {
      void send(fits(RULES.authCode, code) ? { type: 'sv/callback', result: 'code' } : { type: 'sv/callback', result: 'error', error: 'other' });
    }
  },
};
