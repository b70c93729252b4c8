import MarkdownIt from "markdown-it";
import type { StateCore, Token } from "markdown-it";
import { gfmStrikethrough } from "./markdown-fast-inline";
import { footnotes } from "./footnotes";

// The parser behind every rendered Markdown text (descriptions, comments, runbooks and the
// editor's preview): markdown-it with GitHub's additions (tables, task lists, ~strikethrough~,
// autolinked URLs, footnotes). remark, used before, took seconds on some short texts (its
// list handling is quadratic: 2,000 list items in a 20 KB comment took 2.4 s), while markdown-it
// stays linear on the pathological inputs CommonMark's test suite collects (markdown.perf.test.ts).
// Raw HTML is never parsed: it stays text.

/** Block nesting markdown-it follows before it stops reading (each list level counts 2). */
const MAX_NESTING = 100;
/**
 * Inline nesting (emphasis in links in emphasis…). markdown-it shares one limit between blocks and
 * inlines, and every `[` or `![` is tried that many levels deep: 100 made 100 KB of "![" take
 * 0.3 s; real text nests a handful of levels.
 */
const MAX_INLINE_NESTING = 20;

/** Link targets that may be followed: no scheme (relative, #anchor) or one of these. */
const LINK_SCHEMES = /^(?:https?|mailto|irc|ircs|xmpp):/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** markdown-it passes every link and image target (percent-encoded, entities decoded) through this. */
export const isSafeUrl = (url: string) => !SCHEME.test(url) || LINK_SCHEMES.test(url);

/** GFM task item: `[ ]`/`[x]` opening the item's first paragraph, then whitespace (as markdown-fast.ts). */
const TASK = /^\[[ \txX]\](?:\n|[ \t]+[^])/;

export type TaskMeta = { checked: boolean };

/** Marks task items (`meta.task`) and their lists (`meta.taskList`), and drops the `[ ]` from the text. */
function taskLists(state: StateCore): void {
  const tokens = state.tokens;
  const lists: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === "bullet_list_open" || t.type === "ordered_list_open") lists.push(t);
    else if (t.type === "bullet_list_close" || t.type === "ordered_list_close") lists.pop();
    else if (t.type === "list_item_open" && tokens[i + 1]?.type === "paragraph_open" && tokens[i + 2]?.type === "inline") {
      const inline = tokens[i + 2]!;
      const head = inline.children?.[0];
      if (!TASK.test(inline.content) || head?.type !== "text" || !head.content.startsWith(inline.content.slice(0, 4))) continue;
      t.meta = { ...(t.meta ?? {}), task: { checked: inline.content[1] !== " " && inline.content[1] !== "\t" } satisfies TaskMeta };
      lists.at(-1)!.meta = { ...(lists.at(-1)!.meta ?? {}), taskList: true };
      head.content = head.content.slice(4);
    }
  }
}

function createParser(): MarkdownIt {
  const md = new MarkdownIt("commonmark", { html: false, linkify: true, typographer: false });
  md.enable(["table", "strikethrough", "linkify"]);
  Object.assign(md.options, { maxNesting: MAX_NESTING });
  gfmStrikethrough(md);
  footnotes(md);
  md.validateLink = isSafeUrl;
  // GFM links bare URLs with a scheme and `www.` hosts, not every word that ends in a country
  // code ("setup.py", "notes.md"): linkify-it's other scheme-less matches are dropped.
  const match = md.linkify.match.bind(md.linkify);
  md.linkify.match = (text: string) => (match(text) ?? []).filter((m) => m.schema !== "" || /^www\./i.test(m.raw));
  md.core.ruler.after("inline", "task_lists", taskLists);
  // Inline content is parsed with a view of the parser whose only difference is the nesting limit.
  const inline = Object.create(md, { options: { value: { ...md.options, maxNesting: MAX_INLINE_NESTING } } }) as MarkdownIt;
  md.core.ruler.at("inline", (state) => {
    for (const token of state.tokens) if (token.type === "inline") md.inline.parse(token.content, inline, state.env, (token.children ??= []));
  });
  return md;
}

export const markdown = createParser();

/** markdown-it's tokens for a text (the block tokens; `inline` ones carry their children). */
export const parseTokens = (text: string): Token[] => markdown.parse(text, {});
