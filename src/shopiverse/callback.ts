import { fits, RULES } from '../core/shape-rules';
import { send } from '../shared/send';

// Joom sends the seller back to .../settings/store/joomcallbackcode with ?code=… (granted) or ?error=… (refused).
// Only the outcome leaves this page: the code itself is never stored, logged or sent.

const CALLBACK_PATH = /^\/[a-z]{2}(?:-[A-Za-z]{2})?\/settings\/store\/joomcallbackcode\/?$/;

export const callbackPage = {
  name: 'callback',
  init(): void {
    if (!CALLBACK_PATH.test(location.pathname)) return;
    const params = new URLSearchParams(location.search);
    const code = params.get('code');
    const error = params.get('error');
    if (error !== null) {
      const description = params.get('error_description') ?? params.get('message') ?? error;
      void send({ type: 'sv/callback', result: 'error', message: description.slice(0, 300) });
    } else if (code !== null) {
      void send(fits(RULES.authCode, code) ? { type: 'sv/callback', result: 'code' } : { type: 'sv/callback', result: 'error', message: 'malformed code' });
    }
  },
};
