// "الأولويات العاجلة" (the urgent priorities), "Prioridades urgentes", "Priorités immédiates",
// "עדיפויות דחופות": languages that put the adjective after its noun name a group of work by the
// word "priorities" and then its horizon, as English says "Urgent priorities". The noun says nothing
// more than the horizon does, so priority.ts reads the horizon after it, as it does after "tasks"
// (vocabulary.ts WORK_NOUNS_FIRST). Only before a horizon word: "Prioridades del trimestre" is a topic.
export const PRIORITY_NOUNS_FIRST = [
  "الأولويات", "أولويات", "الاولويات", "اولويات", // ar
  "עדיפויות", // he
  "prioridades", // es, pt
  "priorités", "priorites", // fr
  "priorità", // it
  "priorități", "prioritățile", "prioritati", // ro
  "prioritas", // id, ms
];
