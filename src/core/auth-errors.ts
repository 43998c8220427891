// OAuth error codes (RFC 6749 4.1.2.1) shown in our own words; anything else is `other`. No zod here: the ShopiVerse
// content script names them too.
export const AUTH_ERRORS = [
  'access_denied',
  'invalid_request',
  'unauthorized_client',
  'server_error',
  'temporarily_unavailable',
  'invalid_scope',
  'unsupported_response_type',
  'other',
] as const;
export type AuthError = (typeof AUTH_ERRORS)[number];
