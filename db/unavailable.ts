// Is this error the database being unreachable (down, restarting, out of connections) rather than
// something about the request? Then callers answer 503 "try again" instead of 500, as the health
// endpoint does. postgres.js sets `code` to a Node socket error or its own CONNECTION_* codes;
// PostgreSQL's own SQLSTATEs for the same are class 08 (connection), 57P0x (shutting down,
// crash recovery) and 53300 (too many connections). The cause chain is followed (drizzle wraps).

const NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
const DRIVER_CODES = new Set(["CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED", "CONNECT_TIMEOUT"]);

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== "string") continue;
    if (NODE_CODES.has(code) || DRIVER_CODES.has(code)) return true;
    if (/^08...$/.test(code) || /^57P0[1-3]$/.test(code) || code === "53300") return true;
  }
  return false;
}
