import "server-only";
import { createHash, randomBytes } from "node:crypto";

// A token reads `hbk_<prefix>_<secret>`: the prefix (shown in lists) tells tokens apart, the
// 32 random bytes make guessing hopeless. Only the SHA-256 of the whole string is stored; a slow
// password hash adds nothing for 256-bit random secrets and would cost every API call.

const PREFIX_BYTES = 4;
const SECRET_BYTES = 32;
const FORMAT = /^hbk_([0-9a-f]{8})_([A-Za-z0-9_-]{43})$/;

export function newTokenSecret(): { secret: string; prefix: string; hash: string } {
  const prefix = randomBytes(PREFIX_BYTES).toString("hex");
  const secret = `hbk_${prefix}_${randomBytes(SECRET_BYTES).toString("base64url")}`;
  return { secret, prefix, hash: hashTokenSecret(secret) };
}

export const hashTokenSecret = (secret: string): string => createHash("sha256").update(secret).digest("hex");

/** Whether a string has a token's shape (cheap check before touching the database). */
export const looksLikeToken = (value: string): boolean => FORMAT.test(value);
