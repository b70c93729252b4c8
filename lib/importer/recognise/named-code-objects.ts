// "… in namespace `orders`", "… the bucket `invoices-prod`", "… tabeli `users`": a code span right
// after the word for a kind of code object (a namespace, a table, a bucket, a branch …) is that
// object's name — the sentence goes on into it. A tracker label closes a title whose sentence has
// ended ("Fix the login crash `bug`"); no one writes a label right after "namespace".

/** Words for kinds of named things in code and infrastructure (English, and the same loanwords elsewhere). */
const KIND =
  /(?:^|[\s(])(?:namespace|namespaces|table|tabel|tabela|tabeli|tabelle|tableau|tabla|bucket|branch|repo|repository|service|serwis|topic|queue|pipeline|module|package|column|field|flag|endpoint|job|cronjob|cluster|database|schema|index|folder|directory|channel|role|secret|env|variable)\s*$/iu;

/** Whether the text before a closing code span ends on the word for the kind of thing the span names. */
export const namesCodeObject = (before: string): boolean => KIND.test(before.slice(-40));
