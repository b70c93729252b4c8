// A token's lifetimes, without zod, for the new-token form in the browser.

/** Longest a token may live: a year. Longer-lived CI secrets are rotated, not extended. */
export const MAX_TOKEN_DAYS = 365;
/** The lifetime a token gets when none is chosen; one that never expires must be asked for ("never"). */
export const DEFAULT_TOKEN_DAYS = 90;
