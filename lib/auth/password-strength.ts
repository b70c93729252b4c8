import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";

// Length alone lets "aaaaaaaaaa" and "password123" through. zxcvbn estimates how many guesses a
// cracker needs (common-password lists, names, keyboard walks, repeats, dates, l33t) and explains
// what is weak; we require score 3 ("safely unguessable: moderate protection from offline attacks").
// The dictionaries are loaded once, on the server only (the schemas using this are never bundled
// for the browser).

export const MIN_PASSWORD_LENGTH = 10;
// zxcvbn's matchers cost up to ~0.3 s on 64 digits; judging at most two 32-character windows
// (the start and the end) keeps a check under ~0.3 s whatever the length. A long passphrase whose
// start or end alone is strong is strong.
const WINDOW = 32;
export const MAX_PASSWORD_LENGTH = 200;
const MIN_SCORE = 3;

let checker: ZxcvbnFactory | undefined;
const zxcvbn = () =>
  (checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  }));

export const passwordLengthOk = (password: string) => password.length >= MIN_PASSWORD_LENGTH && password.length <= MAX_PASSWORD_LENGTH;

/** Why a new password is too weak, in one sentence; null when it is strong enough. */
export function passwordWeakness(password: string, userInputs: string[] = []): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  // "margaret.hamilton@example.com" → the whole and each part, so "hamilton1962" counts as weak.
  const inputs = ["health", "backlog", ...userInputs.flatMap((s) => [s, ...s.split(/[^\p{L}\p{N}]+/u)]).filter((s) => s.length >= 3).map((s) => s.slice(0, 100).toLowerCase())];
  const windows = password.length <= WINDOW ? [password] : [password.slice(0, WINDOW), password.slice(-WINDOW)];
  let result;
  for (const window of windows) {
    result = zxcvbn().check(window, inputs);
    if (result.score >= MIN_SCORE) return null;
  }
  result = result!;
  const why = result.feedback.warning ?? "It is too easy to guess";
  const hint = result.feedback.suggestions[0] ?? "Add more words or characters that do not follow a pattern.";
  return `Too easy to guess: ${why.replace(/\.$/, "")}. ${hint}`;
}
