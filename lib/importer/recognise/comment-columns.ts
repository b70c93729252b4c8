// A table of a codebase's to-do comments ("| File | Line | Type | Comment | Priority |", rows of
// "FIXME | rounding must be per line"): pasted from a search for TODO/FIXME and cleaned up by hand.
// Elsewhere a "Comment" column explains its row; here the comment is the row itself, the thing the
// code says is left to do, and a careful reader takes it as the title. Only a table with a column of
// the markers alone ("TODO", "FIXME", "HACK") is read so: the marker says the row is a code comment.

/** The comment markers of code, alone in a cell. */
const MARKER = /^\s*(?:TODO|FIXME|HACK|XXX|BUG|NOTE|OPTIMI[SZ]E)\s*:?\s*$/i;
/** "Comment", "Commento", "Kommentar", "Commentaire", "Comentario", "Comentário", "Text", "Message", "Testo", "Texte". */
const COMMENT_HEADER = /^(?:(?:todo |code )?comments?|commento|commenti|kommentar|commentaire|comentario|comentário|opmerking|text|texte|testo|message|nachricht|messaggio|mensaje|mensagem)$/iu;

/** The column of the comments, in a table with a column of comment markers (see above); -1 if none. */
export function commentColumn(headers: readonly string[], columns: readonly string[][], free: readonly number[]): number {
  const marked = columns.some((cells) => {
    const filled = cells.filter((c) => c.trim());
    return filled.length >= 2 && filled.every((c) => MARKER.test(c));
  });
  if (!marked) return -1;
  return free.find((c) => COMMENT_HEADER.test(headers[c]!.trim())) ?? -1;
}
