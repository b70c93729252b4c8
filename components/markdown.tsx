import type { ComponentProps } from "react";
import { MarkdownCopyArea } from "@/components/markdown-copy";
import { cn } from "@/lib/cn";
import { MARKDOWN_CLASSES, renderMarkdown } from "@/lib/markdown/render";

// User-written Markdown (descriptions, comments, runbooks, the editor's preview), safe to render
// anywhere (server or client). lib/markdown/render.ts writes the HTML from markdown-it's tokens
// with only known elements and escaped text, in time linear in the text, and shows text nested
// too deeply as plain text; this component only places it. Code blocks' copy buttons need a
// click handler, so with `copyCode` the block is a small client component.

export function Markdown({
  children,
  className,
  anchors = false,
  copyCode = false,
  ...rest
}: {
  children: string;
  /** Give headings stable ids (ANCHOR_PREFIX + GitHub slug) and a "#" link, for linkable sections. */
  anchors?: boolean;
  /** Put a copy button on code blocks. */
  copyCode?: boolean;
} & Omit<ComponentProps<"div">, "children" | "dangerouslySetInnerHTML">) {
  return <RenderedMarkdown html={renderMarkdown(children, { anchors, copyCode })} copyCode={copyCode} className={className} {...rest} />;
}

/** HTML written by renderMarkdown (nothing else: it is inserted as is), placed as Markdown does. */
export function RenderedMarkdown({
  html,
  className,
  copyCode = false,
  ...rest
}: { html: string; copyCode?: boolean } & Omit<ComponentProps<"div">, "children" | "dangerouslySetInnerHTML">) {
  const classes = cn("text-sm break-words", MARKDOWN_CLASSES, className);
  if (copyCode) return <MarkdownCopyArea html={html} className={classes} {...rest} />;
  return <div className={classes} {...rest} dangerouslySetInnerHTML={{ __html: html }} />;
}
