import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { getAuthSecret } from "@/lib/env";
import { NOTIFICATION_KINDS, type NotificationKind } from "@/lib/domain/notifications";

// One-click unsubscribe links (RFC 8058): the link names the person and the kind (or the whole
// digest) and carries an HMAC of both under the app's secret, so it works without signing in and
// cannot be forged for anyone else.

export type UnsubscribeTarget = NotificationKind | "digest";
export const UNSUBSCRIBE_TARGETS = [...NOTIFICATION_KINDS, "digest"] as const satisfies readonly UnsubscribeTarget[];

const sign = (userId: string, target: UnsubscribeTarget) => createHmac("sha256", getAuthSecret()).update(`unsubscribe\u0000${userId}\u0000${target}`).digest("base64url");

export function unsubscribeUrl(appUrl: string, userId: string, target: UnsubscribeTarget): string {
  const url = new URL("/api/v1/notifications/unsubscribe", appUrl);
  url.search = new URLSearchParams({ u: userId, k: target, t: sign(userId, target) }).toString();
  return url.toString();
}

export function verifyUnsubscribe(userId: string, target: UnsubscribeTarget, token: string): boolean {
  const expected = Buffer.from(sign(userId, target));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
