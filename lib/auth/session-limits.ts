// How long a session lasts from sign-in: the cookie (auth.config.ts, database-free) and its
// server-side row (sessions.ts) share it.
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;
