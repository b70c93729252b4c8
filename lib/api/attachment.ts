// The Content-Disposition of a file download. A runbook's slug may hold non-ASCII letters
// ("ошибка-базы-данных"), which a header cannot carry as they are (a Response with them throws):
// RFC 6266 gives an ASCII `filename` for old clients and the exact name as UTF-8 in `filename*`.

const asciiFallback = (name: string) => name.replace(/[^\x20-\x7e]|["\\]/g, "_");

/** RFC 5987 value characters: encodeURIComponent leaves ' ( ) * unescaped, which the grammar does not allow. */
const extValue = (name: string) => encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export function attachmentDisposition(fileName: string): string {
  const fallback = asciiFallback(fileName);
  return fallback === fileName ? `attachment; filename="${fileName}"` : `attachment; filename="${fallback}"; filename*=UTF-8''${extValue(fileName)}`;
}
