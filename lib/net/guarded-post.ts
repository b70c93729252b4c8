import http from "node:http";
import https from "node:https";
import { guardedLookup, refusedUrl, type GuardOptions } from "./outbound-guard";

// One POST to an address someone else chose (a webhook endpoint): the destination guarded
// (./outbound-guard.ts), ten seconds for the whole exchange, the response read only as far as an
// excerpt for the delivery log, and redirects not followed (a 3xx is reported as the answer, with
// where it pointed: a receiver that moved is re-registered by its admin, never followed to an
// address nobody checked).

export const POST_TIMEOUT_MS = 10_000;
/** How much of a response is kept for the delivery log (the rest is not read). */
export const EXCERPT_BYTES = 2048;

export type PostResult = {
  /** The HTTP status, or null when no response came (refused, DNS, connection, timeout). */
  status: number | null;
  ok: boolean;
  durationMs: number;
  excerpt: string;
  error: string | null;
};

export async function guardedPost(
  target: string,
  body: string,
  headers: Record<string, string>,
  options: GuardOptions & { timeoutMs?: number } = {},
): Promise<PostResult> {
  const started = performance.now();
  const done = (partial: Omit<PostResult, "durationMs" | "ok">): PostResult => ({
    ...partial,
    ok: partial.status !== null && partial.status >= 200 && partial.status < 300,
    durationMs: Math.round(performance.now() - started),
  });
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return done({ status: null, excerpt: "", error: "not a valid URL" });
  }
  const refusal = refusedUrl(url, options);
  if (refusal) return done({ status: null, excerpt: "", error: refusal });

  const client = url.protocol === "https:" ? https : http;
  return new Promise<PostResult>((resolve) => {
    let settled = false;
    const finish = (r: Omit<PostResult, "durationMs" | "ok">) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(done(r));
    };
    const request = client.request(
      url,
      {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), "user-agent": "HealthBacklog-Webhooks/1", ...headers },
        lookup: guardedLookup(options) as unknown as http.RequestOptions["lookup"],
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        response.on("data", (chunk: Buffer) => {
          if (kept < EXCERPT_BYTES) {
            chunks.push(chunk.subarray(0, EXCERPT_BYTES - kept));
            kept += Math.min(chunk.length, EXCERPT_BYTES - kept);
          }
          // Enough for the log: stop reading (a receiver streaming gigabytes costs nothing more).
          if (kept >= EXCERPT_BYTES) response.destroy();
        });
        const end = () => {
          const status = response.statusCode ?? null;
          const location = status && status >= 300 && status < 400 ? response.headers.location : undefined;
          finish({
            status,
            excerpt: Buffer.concat(chunks).toString("utf8").replace(/\uFFFD+$/, ""),
            error: location ? `redirect to ${location.slice(0, 200)} not followed` : null,
          });
        };
        response.on("end", end);
        response.on("close", end);
        response.on("error", end);
      },
    );
    const timer = setTimeout(() => {
      request.destroy();
      finish({ status: null, excerpt: "", error: `no answer within ${Math.round((options.timeoutMs ?? POST_TIMEOUT_MS) / 1000)} s` });
    }, options.timeoutMs ?? POST_TIMEOUT_MS);
    request.on("error", (error) => finish({ status: null, excerpt: "", error: error.message }));
    request.end(body);
  });
}
