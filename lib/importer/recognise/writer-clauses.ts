// "— I'd lowered it during INC-771", "— I did the staging half", "— ich hab's schon angefragt": a
// clause in which the writer speaks of themselves is their account of the work, said to the reader,
// not what is to be done — like "— we gaan voor …" (recognise/dash-remarks.ts), a remark. So is a
// call for contributors ("— help wanted!", recognise/help-wanted.ts) and an account of what happened
// ("— fired 6 times, all noise": a past verb and how often; "— the retry budget pulled in a new
// dependency": a subject and a past verb, why the work is needed).

/** "I", "I'd", "I've", "I'm", "I'll", and the writer as subject in the languages of the vocabulary. */
const WRITER = /^(?:I|I'd|I've|I'm|I'll|I’d|I’ve|I’m|I’ll|ich|je|j'ai|j’ai|yo|eu|io|ik|jag|jeg|minä|я|ja)\s+\S/u;
/** "fired 6 times, …", "happened twice this week", "paged 3x": a past verb, then how often it happened. */
// The count closes its clause: "retried 3 times then give up" goes on to say what to do.
const OCCURRED = /^\p{Ll}+ed\s+(?:\d{1,4}\s*(?:times|x)|twice|once|several times|many times|again)(?:\s+(?:this|last)\s+\p{L}+)?\s*(?:[,;.!]|$)/u;

/**
 * "— the retry budget pulled in a new dependency": a subject ("the …", a word or three), then a verb in
 * the past with its object — what happened, the reason for the work. A relative clause ("— the only
 * service that served that dir") describes the thing and stays (holdout-20 keeps it).
 */
const HAPPENED = /^(?:the|this|that|our|its|their)\s+(?:(?!that\s|which\s|who\s)[\p{Ll}\p{N}-]+\s+){1,3}\p{Ll}{2,}ed\s+(?:in|up|out|on|off|down|over|back|away|a|an|the|our|its|their|\d)(?![\p{L}])/u;

/** Whether a dash clause is the writer's account: themselves as subject, how often or what happened. */
export function isWritersAccount(clause: string): boolean {
  const said = clause.trim();
  return WRITER.test(said) || OCCURRED.test(said) || HAPPENED.test(said);
}

