import GithubSlugger from "github-slugger";
import type { Token } from "markdown-it";
import { headingId } from "./anchors";
import { MAX_MARKDOWN_DEPTH, tooDeepAt } from "./depth";
import { isSafeUrl, parseTokens, type TaskMeta } from "./parser";

// User-written Markdown (descriptions, comments, runbooks) → HTML, safe to insert as is.
//
// Safety by construction: the HTML is written here from markdown-it's tokens, one known element
// per token with a fixed set of attributes, and every piece of text or attribute value is
// escaped. Raw HTML in the source is never parsed (it stays visible text), link targets keep
// only http(s)/mailto/irc/xmpp or no scheme (javascript:, data:, vbscript: become empty), images
// only http(s) or relative, no id a user can choose (headings get ANCHOR_PREFIX + slug,
// footnotes "user-content-fn-<number>"), no style attribute. Elements carry the theme's classes
// (no typography plugin is installed). Text nested deeper than MAX_MARKDOWN_DEPTH (stored before
// the limit existed) is shown as preformatted text instead of being parsed.

export interface RenderOptions {
  /** Give headings stable ids (ANCHOR_PREFIX + GitHub slug) and a "#" link, for linkable sections. */
  anchors?: boolean;
  /** Put a copy button on code blocks (components/markdown-copy.tsx makes it work). */
  copyCode?: boolean;
}

export const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
const escape = escapeHtml;

// One level down: the page's own headings stay the outline; a "# Heading" in a comment is not an h1.
// Their look comes from the wrapper (MARKDOWN_CLASSES), like paragraphs': a body of many headings
// stays small (1 MB of "# a" lines was 79 MB of HTML with a class list on each).
const HEADINGS: Record<string, string> = { h1: "h2", h2: "h3", h3: "h4", h4: "h5", h5: "h6", h6: "h6" };

/**
 * Paragraphs and lists, the elements a text can have hundreds of thousands of, are styled from
 * the wrapper (`<div class={MARKDOWN_CLASSES}>`) instead of by a class on each: a 1 MB list
 * stays a few MB of HTML.
 */
export const MARKDOWN_CLASSES = [
  "[&_p]:my-2 [&_p]:leading-relaxed [&_p:first-child]:mt-0 [&_p:last-child]:mb-0",
  "[&_ul]:my-2 [&_ul]:list-disc [&_ul]:space-y-1 [&_ul]:pl-5 [&_ol]:my-2 [&_ol]:list-decimal [&_ol]:space-y-1 [&_ol]:pl-5 [&_li]:pl-0.5",
  // Task lists (GFM "- [ ]") get no bullets; the disabled box is the marker.
  "[&_h2]:mt-4 [&_h2]:mb-2 [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:mt-4 [&_h3]:mb-2 [&_h3]:text-base [&_h3]:font-semibold",
  "[&_h4]:mt-3 [&_h4]:mb-1.5 [&_h4]:font-semibold [&_h5]:mt-3 [&_h5]:mb-1 [&_h5]:font-medium [&_h6]:mt-3 [&_h6]:mb-1 [&_h6]:font-medium",
  "[&_:is(h2,h3,h4,h5,h6):first-child]:mt-0 [&_:is(h2,h3,h4,h5,h6)]:scroll-mt-20",
  // A heading's "#" link (class hl) shows on hover or focus.
  "[&_.hl]:ml-1.5 [&_.hl]:rounded-sm [&_.hl]:font-normal [&_.hl]:text-muted-foreground [&_.hl]:no-underline [&_.hl]:opacity-0",
  "[&_:is(h2,h3,h4,h5,h6):hover_.hl]:opacity-100 [&_.hl:hover]:text-primary [&_.hl:focus]:opacity-100",
  "[&_.contains-task-list]:list-none [&_.contains-task-list]:pl-1 [&_.task-list-item]:flex [&_.task-list-item]:items-start [&_.task-list-item]:gap-2",
].join(" ");

const RAW_CLASSES = {
  a: "rounded-sm text-primary underline underline-offset-2 hover:opacity-80",
  checkbox: "mt-1 size-3.5 shrink-0 accent-primary",
  blockquote: "my-2 border-l-2 border-border pl-3 text-muted-foreground",
  hr: "my-4 border-border",
  pre: "my-2 overflow-x-auto rounded-md border border-border bg-muted p-3 text-xs leading-relaxed [&>code]:bg-transparent [&>code]:p-0",
  // Never under 12 px: 0.85em of a small (12 px) context was 10 px, hard to read on a phone.
  code: "rounded bg-muted px-1 py-0.5 font-mono text-[max(0.85em,12px)]",
  // Wide tables scroll inside the column instead of stretching the page.
  table: "my-2 block w-max max-w-full overflow-x-auto border-collapse text-sm",
  th: "border border-border bg-muted px-2 py-1 font-medium",
  td: "border border-border px-2 py-1 align-top",
  // Only http(s) images are kept; they stay inside the column.
  img: "my-2 inline-block max-w-full rounded",
  copy: "absolute top-1.5 right-1.5 rounded border border-border bg-surface px-1.5 py-0.5 font-sans text-xs text-muted-foreground shadow-xs hover:bg-muted hover:text-foreground",
  notice: "mb-1 text-xs text-muted-foreground",
};

/** The classes, escaped for an attribute once (`[&>code]` has characters to escape). */
const CLASSES = Object.fromEntries(Object.entries(RAW_CLASSES).map(([k, v]) => [k, escape(v)])) as typeof RAW_CLASSES;

const ALIGN: Record<string, string> = { "text-align:left": "text-left", "text-align:center": "text-center", "text-align:right": "text-right" };
const IMAGE_SRC = /^(?:https?:|[^:]*$)/i;

/** Text of a heading for its anchor (image alt text left out, a footnote reference as written). */
function headingText(inline: Token | undefined): string {
  let out = "";
  for (const t of inline?.children ?? []) {
    if (t.type === "text" || t.type === "code_inline" || t.type === "text_special") out += t.content;
    else if (t.type === "softbreak") out += "\n";
    else if (t.type === "footnote_ref") out += `[^${(t.meta as { label: string }).label}]`;
  }
  return out;
}

/** The next heading's anchor; one slugger per document, headings in document order. */
const anchorOf = (slugger: GithubSlugger, inline: Token | undefined) => headingId(slugger, headingText(inline));

/**
 * The anchor the renderer (with `anchors`) gives each heading, by the heading's first line
 * (1-based), for a table of contents built from another parser's tree of the same text.
 */
export function headingAnchorsByLine(text: string): Map<number, string> {
  const anchors = new Map<number, string>();
  if (tooDeepAt(text) !== null) return anchors; // rendered as plain text: no headings
  const slugger = new GithubSlugger();
  const tokens = parseTokens(text);
  tokens.forEach((t, i) => {
    if (t.type === "heading_open" && t.map) anchors.set(t.map[0] + 1, anchorOf(slugger, tokens[i + 1]));
  });
  return anchors;
}

const attr = (name: string, value: string | null | undefined) => (value ? ` ${name}="${escape(value)}"` : "");
const noteId = (index: number) => `user-content-fn-${index + 1}`;
const refId = (index: number, ref: number) => `user-content-fnref-${index + 1}${ref > 0 ? `-${ref + 1}` : ""}`;

function renderInline(tokens: Token[], out: string[]): void {
  for (const t of tokens) {
    switch (t.type) {
      case "text":
      case "text_special":
        out.push(escape(t.content));
        break;
      case "softbreak":
        out.push("\n");
        break;
      case "hardbreak":
        out.push("<br>");
        break;
      case "code_inline":
        out.push(`<code class="${CLASSES.code}">${escape(t.content)}</code>`);
        break;
      case "em_open":
      case "strong_open":
        out.push(`<${t.tag}>`);
        break;
      case "em_close":
      case "strong_close":
        out.push(`</${t.tag}>`);
        break;
      case "s_open":
        out.push("<del>");
        break;
      case "s_close":
        out.push("</del>");
        break;
      case "link_open": {
        const href = t.attrGet("href") ?? "";
        out.push(`<a href="${isSafeUrl(href) ? escape(href) : ""}"${attr("title", t.attrGet("title"))} class="${CLASSES.a}">`);
        break;
      }
      case "link_close":
        out.push("</a>");
        break;
      case "image": {
        const src = t.attrGet("src") ?? "";
        const alt: string[] = [];
        renderInline(t.children ?? [], alt); // alt text is plain: tags inside it are dropped below
        out.push(`<img${IMAGE_SRC.test(src) && src ? attr("src", src) : ""} alt="${alt.join("").replace(/<[^>]*>/g, "")}"${attr("title", t.attrGet("title"))} class="${CLASSES.img}">`);
        break;
      }
      case "footnote_ref": {
        const { index, ref } = t.meta as { index: number; ref: number };
        out.push(
          `<sup><a href="#${noteId(index)}" id="${refId(index, ref)}" data-footnote-ref="" aria-describedby="user-content-footnote-label" class="${CLASSES.a}">${index + 1}</a></sup>`,
        );
        break;
      }
      case "footnote_backrefs": {
        const { index, refs } = t.meta as { index: number; refs: number };
        for (let ref = 0; ref < refs; ref++) {
          const label = `Back to reference ${index + 1}${ref > 0 ? `-${ref + 1}` : ""}`;
          out.push(` <a href="#${refId(index, ref)}" data-footnote-backref="" aria-label="${label}" class="${CLASSES.a}">↩${ref > 0 ? `<sup>${ref + 1}</sup>` : ""}</a>`);
        }
        break;
      }
      default:
        // Anything else (html_inline cannot occur: html is off) is shown as its source text.
        if (t.content) out.push(escape(t.content));
    }
  }
}

/**
 * Markdown → HTML string (see the header for what makes it safe). Linear in the text, but a 1 MB
 * runbook still costs a second or more: the server renders long texts on its worker thread
 * (lib/runbooks/off-thread.ts), never on the request thread.
 */
export function renderMarkdown(text: string, options: RenderOptions = {}): string {
  const deepAt = tooDeepAt(text);
  if (deepAt !== null) {
    return `<p class="${CLASSES.notice}">Shown as plain text: it nests lists or quotes more than ${MAX_MARKDOWN_DEPTH} levels deep (line ${deepAt}).</p><pre class="${CLASSES.pre}">${escape(text)}</pre>`;
  }
  const tokens = parseTokens(text);
  const out: string[] = [];
  // One slugger per document: "x", "x-1", "x-2" must count from zero on every render.
  const slugger = options.anchors ? new GithubSlugger() : null;
  let headingAnchor = "";
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    switch (t.type) {
      case "inline":
        renderInline(t.children ?? [], out);
        break;
      case "footnote_backrefs":
        renderInline([t], out);
        break;
      case "paragraph_open":
        if (!t.hidden) out.push("<p>");
        break;
      case "paragraph_close":
        if (!t.hidden) out.push("</p>");
        break;
      case "heading_open": {
        const tag = HEADINGS[t.tag]!;
        if (slugger) {
          headingAnchor = anchorOf(slugger, tokens[i + 1]);
          out.push(`<${tag} id="${escape(headingAnchor)}">`);
        } else out.push(`<${tag}>`);
        break;
      }
      case "heading_close":
        if (headingAnchor) out.push(`<a href="#${escape(headingAnchor)}" aria-label="Link to this section" class="hl">#</a>`);
        out.push(`</${HEADINGS[t.tag]!}>`);
        headingAnchor = "";
        break;
      case "bullet_list_open":
      case "ordered_list_open": {
        const task = (t.meta as { taskList?: boolean } | null)?.taskList;
        const start = t.type === "ordered_list_open" ? Number(t.attrGet("start") ?? 1) : 1;
        out.push(`<${t.tag}${start !== 1 ? ` start="${start}"` : ""}${task ? ' class="contains-task-list"' : ""}>`);
        break;
      }
      case "bullet_list_close":
      case "ordered_list_close":
        out.push(`</${t.tag}>`);
        break;
      case "list_item_open": {
        const task = (t.meta as { task?: TaskMeta } | null)?.task;
        if (!task) out.push("<li>");
        else {
          const state = task.checked ? ` checked="" aria-label="Done"` : ` aria-label="Not done"`;
          out.push(`<li class="task-list-item"><input type="checkbox" disabled=""${state} class="${CLASSES.checkbox}">`);
        }
        break;
      }
      case "list_item_close":
        out.push("</li>");
        break;
      case "blockquote_open":
        out.push(`<blockquote class="${CLASSES.blockquote}">`);
        break;
      case "blockquote_close":
        out.push("</blockquote>");
        break;
      case "hr":
        out.push(`<hr class="${CLASSES.hr}">`);
        break;
      case "fence":
      case "code_block": {
        const lang = t.type === "fence" ? (t.info.trim().split(/\s+/)[0] ?? "") : "";
        const code = `<pre class="${CLASSES.pre}"><code class="${CLASSES.code}${lang ? ` language-${escape(lang)}` : ""}">${escape(t.content)}</code></pre>`;
        out.push(options.copyCode ? `<div class="relative">${code}<button type="button" aria-label="Copy code" data-copy-code="" class="${CLASSES.copy}">Copy</button><span role="status" class="sr-only"></span></div>` : code);
        break;
      }
      case "table_open":
        out.push(`<table class="${CLASSES.table}">`);
        break;
      case "th_open":
      case "td_open": {
        const align = ALIGN[t.attrGet("style") ?? ""];
        const base = t.tag === "th" ? `${CLASSES.th} ${align ?? "text-left"}` : `${CLASSES.td}${align ? ` ${align}` : ""}`;
        out.push(`<${t.tag} class="${base}">`);
        break;
      }
      case "thead_open":
      case "tbody_open":
      case "tr_open":
        out.push(`<${t.tag}>`);
        break;
      case "table_close":
      case "thead_close":
      case "tbody_close":
      case "tr_close":
      case "th_close":
      case "td_close":
        out.push(`</${t.tag}>`);
        break;
      case "footnote_block_open":
        out.push(`<section data-footnotes="" class="footnotes mt-4 border-t border-border pt-2 text-xs"><h2 id="user-content-footnote-label" class="sr-only">Footnotes</h2><ol>`);
        break;
      case "footnote_block_close":
        out.push("</ol></section>");
        break;
      case "footnote_open":
        out.push(`<li id="${noteId((t.meta as { index: number }).index)}">`);
        break;
      case "footnote_close":
        out.push("</li>");
        break;
    }
  }
  return out.join("");
}
