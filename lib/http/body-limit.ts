import { importSizeMessage, MAX_ACTION_BODY_BYTES } from "@/lib/importer/limits";

// Next.js refuses a server action body over `serverActions.bodySizeLimit` by throwing inside its
// action handler, which answers a bare 500 ("Body exceeded 6mb limit" in the server log only; a
// TODO in Next's action-handler.js). The proxy asks this first: a POST to a page (pages receive
// POSTs only as server actions; API routes check their own sizes) that declares a larger body is
// answered 413 with the limit named, before a byte of it is read. A chunked body without a
// Content-Length still meets Next's own check; browsers always send the length.

/** 413 `too_large` for a page POST declaring more than a server action may carry, else null. */
export function refuseOversizedPost(request: Request): Response | null {
  if (request.method !== "POST") return null;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (!(declared > MAX_ACTION_BODY_BYTES)) return null;
  return Response.json({ error: { code: "too_large", message: importSizeMessage(declared, "upload") } }, { status: 413 });
}
