import "server-only";
import { z } from "zod";
import type { ItemValues } from "@/lib/backlog/writer/items";
import { etagOf } from "./if-match";

// What every item answer of the API looks like: the item as JSON, its version as an ETag (the
// next write's If-Match), and for a new one its address.

export function itemResponse(item: ItemValues, status = 200): Response {
  const headers: Record<string, string> = { etag: etagOf(item.version), "cache-control": "no-store" };
  if (status === 201) headers.location = `/api/v1/items/${item.id}`;
  return Response.json(item, { status, headers });
}

/** The `{id}` of an item URL, or null: a malformed id is an item that does not exist (404). */
export function itemIdParam(params: Record<string, string | string[]>): string | null {
  const id = z.uuid().safeParse(params.id);
  return id.success ? id.data : null;
}
