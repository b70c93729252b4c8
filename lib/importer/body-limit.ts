import { importSizeMessage, MAX_ACTION_BODY_BYTES } from "./limits";

// Next.js refuses a server action body over `serverActions.bodySizeLimit` by throwing inside its
// action handler, which answers a bare 500 ("Body exceeded 6mb limit" in the server log only; a
// TODO in Next's action-handler.js). The proxy asks this first: a POST to a page (pages receive
// POSTs only as server actions; API routes check their own sizes) that declares a larger body is
// answered 413 with the limit named, before a byte of it is read. A body sent in chunks without a
// Content-Length cannot be judged before it is read, and Next would answer its excess with a 500:
// it is refused with 411 (browsers always send the length; so do proxies that buffer request
// bodies, nginx's default).

/** 413 `too_large` for a page POST declaring more than a server action may carry, 411 for one declaring no length, else null. */
export function refuseOversizedPost(request: Request): Response | null {
  if (request.method !== "POST") return null;
  const length = request.headers.get("content-length");
  // Next forwards a server action posted to another page to the page that owns it, streaming the
  // body on (no length) with this header: refusing that would break every such action. A client
  // that sets the header itself only gets Next's own handling, as before this check.
  const forwardedByNext = request.headers.get("x-action-forwarded") === "1";
  if (length === null && request.headers.has("transfer-encoding") && !forwardedByNext) {
    return Response.json({ error: { code: "invalid", message: "Send the body with a Content-Length header; uploads in chunks of unknown length are not accepted." } }, { status: 411 });
  }
  const declared = Number(length ?? "0");
  if (!(declared > MAX_ACTION_BODY_BYTES)) return null;
  return Response.json({ error: { code: "too_large", message: importSizeMessage(declared, "upload") } }, { status: 413 });
}
