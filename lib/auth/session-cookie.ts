// The Auth.js session cookie: "__Secure-" prefixed when served over HTTPS. Shared by the proxy's
// presence check and the server-side reader (session-token.ts).
export const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;
