import { createElement, type ComponentProps } from "react";
import ReactMarkdown, { type Components, type ExtraProps } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { cn } from "@/lib/cn";

// User-written Markdown (descriptions, comments) as React elements, safe to render anywhere
// (server or client: the synchronous react-markdown renderer uses no hooks).
//
// Safety, in layers: raw HTML in the source is never parsed as HTML (it is shown as text);
// rehype-sanitize applies GitHub's allow-list (no scripts, event handlers, iframes, styles;
// href only http(s)/mailto/…; src only http(s)); react-markdown's urlTransform then empties any
// remaining javascript:/vbscript:/data: URL. No typography plugin is installed, so each element is
// styled here with the theme tokens (dark mode follows them).

type HastNode = { type: string; value?: string; children?: HastNode[] };

/**
 * Raw HTML in the source becomes visible text ("List<String>", "<script>" in a comment) rather
 * than vanishing in the sanitiser: it is never parsed as HTML either way.
 */
function rehypeRawAsText() {
  const walk = (node: HastNode) => {
    node.children?.forEach((child, i) => {
      if (child.type === "raw") node.children![i] = { type: "text", value: child.value ?? "" };
      else walk(child);
    });
  };
  return (tree: HastNode) => walk(tree);
}

type Tag = keyof React.JSX.IntrinsicElements;

/** An element with fixed classes (merged with any react-markdown sets, e.g. language-ts, task-list-item). */
function styled<T extends Tag>(tag: T, base: string, rename?: Tag) {
  function Styled(props: ComponentProps<T> & ExtraProps) {
    const rest: ComponentProps<T> & ExtraProps = { ...props };
    delete rest.node; // react-markdown passes its syntax-tree node; it is not a DOM attribute.
    const own = (rest as { className?: string }).className;
    return createElement(rename ?? tag, { ...rest, className: cn(base, own) });
  }
  Styled.displayName = `Markdown.${tag}`;
  return Styled;
}

const components: Components = {
  // One level down: the page's own headings stay the outline; a "# Heading" in a comment is not an h1.
  h1: styled("h1", "mt-4 mb-2 text-lg font-semibold first:mt-0", "h2"),
  h2: styled("h2", "mt-4 mb-2 text-base font-semibold first:mt-0", "h3"),
  h3: styled("h3", "mt-3 mb-1.5 font-semibold first:mt-0", "h4"),
  h4: styled("h4", "mt-3 mb-1 font-medium first:mt-0", "h5"),
  h5: styled("h5", "mt-3 mb-1 font-medium first:mt-0", "h6"),
  h6: styled("h6", "mt-3 mb-1 text-muted-foreground first:mt-0"),
  p: styled("p", "my-2 leading-relaxed first:mt-0 last:mb-0"),
  a: styled("a", "rounded-sm text-primary underline underline-offset-2 hover:opacity-80"),
  // Task lists (GFM "- [ ]") get no bullets; the disabled box is the marker.
  ul: styled("ul", "my-2 list-disc space-y-1 pl-5 [&.contains-task-list]:list-none [&.contains-task-list]:pl-1"),
  ol: styled("ol", "my-2 list-decimal space-y-1 pl-5 [&.contains-task-list]:list-none [&.contains-task-list]:pl-1"),
  li: styled("li", "pl-0.5 [&.task-list-item]:flex [&.task-list-item]:items-start [&.task-list-item]:gap-2"),
  // Sanitising keeps only disabled checkboxes: they show state and never look clickable.
  input: styled("input", "mt-1 size-3.5 shrink-0 accent-primary"),
  blockquote: styled("blockquote", "my-2 border-l-2 border-border pl-3 text-muted-foreground"),
  hr: styled("hr", "my-4 border-border"),
  pre: styled("pre", "my-2 overflow-x-auto rounded-md border border-border bg-muted p-3 text-xs leading-relaxed [&>code]:bg-transparent [&>code]:p-0"),
  code: styled("code", "rounded bg-muted px-1 py-0.5 font-mono text-[0.85em]"),
  // Wide tables scroll inside the column instead of stretching the page.
  table: styled("table", "my-2 block w-max max-w-full overflow-x-auto border-collapse text-sm"),
  th: styled("th", "border border-border bg-muted px-2 py-1 text-left font-medium"),
  td: styled("td", "border border-border px-2 py-1 align-top"),
  // Only http(s) images survive sanitising; keep them inside the column.
  img: styled("img", "my-2 inline-block max-w-full rounded"),
};

export function Markdown({ children, className, ...rest }: { children: string } & Omit<ComponentProps<"div">, "children">) {
  return (
    <div className={cn("text-sm break-words", className)} {...rest}>
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeRawAsText, rehypeSanitize]} components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
