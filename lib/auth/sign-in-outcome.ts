// What a sign-in attempt may tell the person at the form. "Invalid email or password" covers an
// unknown address and a wrong password alike, so the form never confirms that an account exists.
// Only someone who gave the right password learns that the account is disabled: they have proved
// they own it, and without that they would keep retrying a password that is right.

export type SignInCheck<U> = { kind: "ok"; user: U } | { kind: "disabled" } | { kind: "invalid" };

export function signInOutcome<U extends { disabled: boolean }>(user: U | null, passwordOk: boolean): SignInCheck<U> {
  if (!user || !passwordOk) return { kind: "invalid" };
  return user.disabled ? { kind: "disabled" } : { kind: "ok", user };
}

export const INVALID_SIGN_IN = "Invalid email or password.";
export const DISABLED_SIGN_IN = "Your account is disabled. Ask an admin to enable it.";
