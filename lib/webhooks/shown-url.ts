// How an endpoint's address is shown anywhere but its own settings form: in the audit log, in
// notifications and e-mails, in the endpoint list and headings. Many receivers put their secret in
// the address itself (Slack's https://hooks.slack.com/services/T…/B…/<token>, Discord's
// /api/webhooks/<id>/<token>, a `?token=` query): whoever reads the audit log or an admin's
// e-mail must not be able to post to the channel. So the scheme, host and port stay, user
// information goes, each query value is hidden, and a path segment that could be a credential
// (long, or mixing letters and digits) keeps its first four characters.

/** A path segment that reads as a word or a short number stays (`/services`, `/hooks`, `/v1`, `/42`). */
const plainSegment = (segment: string) => segment.length <= 24 && (/^[a-z-]*[a-z]$/i.test(segment) || /^(?:v\d{1,3}|\d{1,6})$/i.test(segment));

const hidden = (segment: string) => (segment.length <= 4 ? "…" : `${segment.slice(0, 4)}…`);

export function shownUrl(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return "(an address that cannot be read)";
  }
  const path = url.pathname
    .split("/")
    .map((s) => (s === "" || plainSegment(decodeSafely(s)) ? s : hidden(s)))
    .join("/");
  const query = [...url.searchParams.keys()].map((k) => `${encodeURIComponent(k).slice(0, 40)}=…`).join("&");
  return `${url.protocol}//${url.host}${path}${query ? `?${query}` : ""}`;
}

function decodeSafely(segment: string) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
