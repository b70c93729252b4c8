import type { RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { statesContext } from "./context-sentences";
import { collapse } from "./text";

// Some procedures are written as prose and code blocks, with no list at all ("Every 15 min run
// `--verify`. If producers slow down, lower the throttle." then a command block). A drill still
// ticks each thing to do, so the steps of such a section are its sentences and its code blocks:
// one sentence is one instruction, one code block is one thing to run. A sentence ending in a
// colon right before a code block only introduces it: the two are one step.

const MAX_CODE_STEP_CHARS = 200;

/**
 * The sentences of a paragraph's text. A sentence ends at ". ", "! " or "? " before a capital, a
 * digit or an opening quote/bracket, unless the word before the stop is an abbreviation (one or
 * two letters, or single letters dotted like "e.g."), so "z. B. den" and "e.g. Kafka" do not cut. One pass over
 * the text (no backtracking).
 */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let from = 0;
  for (const stop of text.matchAll(/[.!?]\s+(?=[\p{Lu}\p{N}"“„'(`])/gu)) {
    const at = stop.index + 1;
    // The word before the stop, found by a backward scan to the last whitespace (linear overall).
    let start = at;
    while (start > from && !/\s/.test(text[start - 1]!)) start--;
    const word = text.slice(start, at);
    const abbreviation = stop[0].startsWith(".") && (/^\p{L}{1,2}\.$/u.test(word) || /^(?:\p{L}\.){2,}$/u.test(word));
    if (abbreviation) continue;
    sentences.push(text.slice(from, at).trim());
    from = at;
  }
  sentences.push(text.slice(from).trim());
  return sentences.filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/**
 * The steps of a section written as prose: each sentence of its paragraphs and each code block, in
 * order; a sentence that only states how things are (context-sentences.ts) is none, unless the
 * section says nothing else.
 */
export function proseSteps(nodes: readonly RootContent[]): string[] {
  const steps: { text: string; context: boolean }[] = [];
  nodes.forEach((node, i) => {
    if (node.type === "paragraph") {
      const sentences = sentencesOf(collapse(toString(node)));
      const next = nodes[i + 1];
      // "Run this:" over a code block introduces it; the code block is the step.
      if (next?.type === "code" && sentences.at(-1)?.endsWith(":")) sentences.pop();
      for (const sentence of sentences) steps.push({ text: sentence, context: statesContext(sentence) });
    } else if (node.type === "code") {
      const introduced = nodes[i - 1]?.type === "paragraph" && collapse(toString(nodes[i - 1]!)).endsWith(":");
      const command = collapse(node.value.split("\n").find((line) => line.trim() !== "") ?? "");
      if (command === "") return;
      const intro = introduced ? sentencesOf(collapse(toString(nodes[i - 1]!))).at(-1) : undefined;
      steps.push({ text: intro ?? (command.length > MAX_CODE_STEP_CHARS ? `${command.slice(0, MAX_CODE_STEP_CHARS - 1)}…` : command), context: false });
    }
  });
  const acts = steps.filter((step) => !step.context);
  return (acts.length > 0 ? acts : steps).map((step) => step.text);
}
