import { RULES } from './shape-rules';
import { shaped } from './spec';
import { toZod } from './spec-zod';

// The zod schemas of the values the extension carries, built from the plain rules in shape-rules.ts (one source for
// both: content scripts check with the rules, the background and the popup parse with these).

export { isMasked, pastedValue, shapedValue, type ValueField } from './shape-rules';

export const StoreId = toZod(shaped(RULES.storeId));
export const ClientId = toZod(shaped(RULES.clientId));
export const SecretKey = toZod(shaped(RULES.secret));
export const RedirectUrl = toZod(shaped(RULES.redirectUrl));
export const StoreName = toZod(shaped(RULES.storeName));
export const AuthCode = toZod(shaped(RULES.authCode));
export const StoreCode = toZod(shaped(RULES.storeCode));
