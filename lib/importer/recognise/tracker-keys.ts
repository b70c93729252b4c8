// The keys trackers give their issues, as a column of them shows: Jira, Linear or YouTrack's
// "PROJ-123", GitHub's "#123", and Sentry's short ids, whose suffix is a base-32 number
// ("MOBILE-3F1", "API-2Z"). A suffix of letters alone ("COVID-ABC") is a word, not a key; the
// project part is upper case, so "step-1a" in prose is none either.

const KEY = /^(?:#\d{1,9}|[A-Z][A-Z0-9]{0,19}-(?:\d{1,9}|(?=[A-Z]{0,7}\d)[A-Z0-9]{1,8}))$/;

/** True when the whole text is one issue key ("OPS-12", "#4410", "MOBILE-3F1"). */
export const isIssueKey = (text: string) => KEY.test(text.trim());
