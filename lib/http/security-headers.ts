// The security headers every answer carries, built in one place. proxy.ts adds the page set (a
// strict CSP with a per-request script nonce), defineRoute (lib/auth/route.ts) the API set, and
// next.config.ts the base set for what neither sees (static files, Next's own 404/405 answers).
// Pure: no Next.js, no environment; the caller says whether the request came over https (from the
// stamped client protocol, lib/net/client.ts) and whether this is a development server.

export const HSTS = "max-age=31536000; includeSubDomains";
/** For JSON, files and errors: nothing in them may load or run anything, or be framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Headers every answer carries, page or not. HSTS only over https: browsers ignore it on http anyway, and a proxy may serve both. */
export function baseSecurityHeaders({ https }: { https: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    // frame-ancestors is the modern form; X-Frame-Options covers browsers without CSP 2.
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    ...(https ? { "Strict-Transport-Security": HSTS } : {}),
  };
}

/**
 * The CSP for HTML pages. Scripts: only those carrying this request's nonce (Next.js puts it on its
 * own scripts; next-themes' inline theme script gets it through ThemeProvider) and what they load
 * ('strict-dynamic'). Styles need 'unsafe-inline': Recharts, Radix's scroll lock, sonner and
 * next-themes set `style` attributes or inject <style> elements at run time, which a nonce cannot
 * cover (and a nonce in style-src would make browsers ignore 'unsafe-inline'). Inline styles cannot
 * run code, so the script policy stays strict. Development adds 'unsafe-eval' (React's dev build
 * rebuilds server error stacks with eval; production never does).
 */
export function pageCsp(nonce: string, { dev = false }: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function pageSecurityHeaders(options: { nonce: string; https: boolean; dev?: boolean }): Record<string, string> {
  return { ...baseSecurityHeaders(options), "Content-Security-Policy": pageCsp(options.nonce, options) };
}

export function apiSecurityHeaders(options: { https: boolean }): Record<string, string> {
  return { ...baseSecurityHeaders(options), "Content-Security-Policy": API_CSP };
}

/** 128 random bits, base64: unguessable, and in the character set CSP nonces allow. */
export function makeNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The response with these headers set (replacing any of the same name). A Response whose headers
 * are immutable (Response.redirect, a fetch answer) is copied first, body streamed through.
 */
export function withHeaders(response: Response, headers: Record<string, string>): Response {
  try {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  } catch {
    const copy = new Response(response.body, { status: response.status, statusText: response.statusText, headers: response.headers });
    for (const [name, value] of Object.entries(headers)) copy.headers.set(name, value);
    return copy;
  }
}
