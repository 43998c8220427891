import { RULES, type ShapeRule } from './shape-rules';
import { z } from './zod';

// The zod schemas of the values the extension carries, built from the plain rules in shape-rules.ts (one source for
// both: content scripts check with the rules, the background and the popup parse with these).

export { isMasked, pastedValue, shapedValue, type ValueField } from './shape-rules';

function schema(rule: ShapeRule) {
  return z
    .string()
    .check(z.regex(rule.pattern), ...(rule.min === undefined ? [] : [z.minLength(rule.min)]), ...(rule.max === undefined ? [] : [z.maxLength(rule.max)]));
}

export const StoreId = schema(RULES.storeId);
export const ClientId = schema(RULES.clientId);
export const SecretKey = schema(RULES.secret);
export const RedirectUrl = schema(RULES.redirectUrl);
export const StoreName = schema(RULES.storeName);
export const AuthCode = schema(RULES.authCode);
