import type { Db } from "@/db";
import { errorResponse } from "@/lib/auth/route";
import type { ActionError } from "@/lib/result";
import { isHandledPrAction, pullRequestPayload, pushPayload } from "./github-payloads";
import { applyPullRequest, applyPush, type DeliveryOutcome } from "./github-service";
import { GITHUB_SIGNATURE_HEADER, verifyGithubSignature } from "./github-signature";

// POST /api/v1/integrations/github: a GitHub webhook delivery, in this order — the integration is
// configured (else 404), the body is at most MAX_GITHUB_BODY bytes (else 413, read no further), its
// X-Hub-Signature-256 matches the raw bytes (else 401, nothing parsed), then the event: ping → 200;
// pull_request (opened, reopened, closed, edited, synchronize) and push → applied once per
// X-GitHub-Delivery (a redelivery → 200 `duplicate`); anything else → 202 ignored. A body that is
// not JSON or lacks a field used is 400 naming it, never 500.

/** GitHub sends up to 25 MB; a pull request or a push that names items is far below this. */
export const MAX_GITHUB_BODY = 1024 * 1024;

const fail = (error: ActionError) => errorResponse(error);

/** The body's bytes, or null once more than `max` arrive (the rest is not read). */
async function readCapped(request: Request, max: number): Promise<Buffer | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > max) return null;
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Zod's first issue as `field: message`, the way route refusals name what to fix. */
function invalid(issues: readonly { path: PropertyKey[]; message: string }[]): Response {
  const first = issues[0];
  const field = first?.path.map(String).join(".") || "body";
  const message = first?.message ?? "is not a payload GitHub sends";
  return fail({ code: "invalid", message: `${field}: ${message}`, fieldErrors: { [field]: [message] } });
}

const answer = (outcome: DeliveryOutcome) => Response.json(outcome.duplicate ? { ok: true, duplicate: true } : { ok: true, ...outcome });

export async function handleGithubWebhook(request: Request, options: { secret: string | undefined; db: () => Promise<Db> }): Promise<Response> {
  if (!options.secret) return fail({ code: "not_found", message: "The GitHub integration is off: set GITHUB_WEBHOOK_SECRET to turn it on." });
  const body = await readCapped(request, MAX_GITHUB_BODY);
  if (!body) return fail({ code: "too_large", message: `Body larger than ${MAX_GITHUB_BODY} bytes.` });
  const verdict = verifyGithubSignature(options.secret, request.headers.get(GITHUB_SIGNATURE_HEADER), body);
  if (!verdict.ok) {
    const why = { missing: "has no X-Hub-Signature-256 header", malformed: "has an X-Hub-Signature-256 that is not sha256=<hex>", mismatch: "is not signed with this app's GITHUB_WEBHOOK_SECRET" }[verdict.reason];
    return fail({ code: "unauthenticated", message: `The delivery ${why}.` });
  }

  const event = request.headers.get("x-github-event") ?? "";
  const deliveryId = request.headers.get("x-github-delivery") ?? "";
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(event)) return fail({ code: "invalid", message: "X-GitHub-Event: missing or malformed.", fieldErrors: { "X-GitHub-Event": ["missing or malformed"] } });
  if (event === "ping") return Response.json({ ok: true, pong: true });
  if (event !== "pull_request" && event !== "push") return Response.json({ ok: true, ignored: `the ${event} event` }, { status: 202 });
  if (!/^[A-Za-z0-9-]{1,100}$/.test(deliveryId)) return fail({ code: "invalid", message: "X-GitHub-Delivery: missing or malformed.", fieldErrors: { "X-GitHub-Delivery": ["missing or malformed"] } });
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") return fail({ code: "unsupported_media_type", message: "Set the webhook's content type to application/json." });

  let json: unknown;
  try {
    json = JSON.parse(body.toString("utf8"));
  } catch {
    return fail({ code: "invalid", message: "Body is not valid JSON." });
  }

  if (event === "pull_request") {
    const parsed = pullRequestPayload.safeParse(json);
    if (!parsed.success) return invalid(parsed.error.issues);
    if (!isHandledPrAction(parsed.data.action)) return Response.json({ ok: true, ignored: `the pull_request action ${parsed.data.action}` }, { status: 202 });
    return answer(await applyPullRequest(await options.db(), deliveryId, parsed.data));
  }
  const parsed = pushPayload.safeParse(json);
  if (!parsed.success) return invalid(parsed.error.issues);
  return answer(await applyPush(await options.db(), deliveryId, parsed.data));
}
