import GithubSlugger from "github-slugger";
import { createElement, type ComponentProps } from "react";
import ReactMarkdown, { type Components, type ExtraProps } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { CopyCodeButton } from "@/components/copy-code-button";
import { cn } from "@/lib/cn";
import { ANCHOR_PREFIX, headingId } from "@/lib/markdown/anchors";

// User-written Markdown (descriptions, comments) as React elements, safe to render anywhere
// (server or client: the synchronous react-markdown renderer uses no hooks).
//
// Safety, in layers: raw HTML in the source is never parsed as HTML (it is shown as text);
// rehype-sanitize applies GitHub's allow-list (no scripts, event handlers, iframes, styles;
// href only http(s)/mailto/…; src only http(s)); react-markdown's urlTransform then empties any
// remaining javascript:/vbscript:/data: URL. Runbooks opt in to heading anchors and copy buttons,
// both built after sanitising from text alone. No typography plugin is installed, so each element
// is styled here with the theme tokens (dark mode follows them).

type HastNode = { type: string; value?: string; tagName?: string; properties?: Record<string, unknown>; children?: HastNode[] };

const textOf = (node: HastNode): string => (node.type === "text" ? (node.value ?? "") : (node.children ?? []).map(textOf).join(""));

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

/**
 * Footnotes: remark-rehype already prefixes their ids ("user-content-fn-1", matching its hrefs
 * "#user-content-fn-1"), and rehype-sanitize prefixes every id again, which broke the links. The
 * prefix comes off here, before sanitising, so it is applied exactly once and every id still
 * carries it. Markdown itself can set no id (raw HTML is text), so only generated ones are touched.
 */
const GENERATED_PREFIX = "user-content-";
function rehypeUnprefixGeneratedIds() {
  const walk = (node: HastNode) => {
    const id = node.properties?.id;
    if (typeof id === "string" && id.startsWith(GENERATED_PREFIX)) node.properties = { ...node.properties, id: id.slice(GENERATED_PREFIX.length) };
    node.children?.forEach(walk);
  };
  return (tree: HastNode) => walk(tree);
}

/**
 * Heading ids for in-page links (runbooks). Runs after rehype-sanitize, whose clobbering would
 * turn them into "user-content-…". The only ids set here are ANCHOR_PREFIX + a GitHub slug, the
 * rule the runbook table of contents shares, so no heading text can name a DOM global.
 */
function rehypeHeadingIds() {
  return (tree: HastNode) => {
    // One slugger per document: "x", "x-1", "x-2" must count from zero on every render.
    const slugger = new GithubSlugger();
    const walk = (node: HastNode) => {
      if (node.type === "element" && /^h[1-6]$/.test(node.tagName ?? "")) {
        // The generated footnotes label already has an id that its references point at.
        if (node.properties?.id === undefined) node.properties = { ...node.properties, id: headingId(slugger, textOf(node)) };
        return;
      }
      node.children?.forEach(walk);
    };
    walk(tree);
  };
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

const TaskBoxStyled = styled("input", "mt-1 size-3.5 shrink-0 accent-primary");
function TaskBox(props: ComponentProps<"input"> & ExtraProps) {
  return <TaskBoxStyled {...props} aria-label={props.type === "checkbox" ? (props.checked ? "Done" : "Not done") : undefined} />;
}

type HeadingTag = "h1" | "h2" | "h3" | "h4" | "h5" | "h6";

/** A styled heading; one given an id by rehypeHeadingIds also gets a "#" link to itself. */
function heading(tag: HeadingTag, base: string, rename?: HeadingTag) {
  const Styled = styled(tag, base, rename);
  function Heading(props: ComponentProps<HeadingTag> & ExtraProps) {
    // Sanitising renames every other id to "user-content-…", so the prefix marks ours.
    if (!props.id?.startsWith(ANCHOR_PREFIX)) return <Styled {...props} />;
    return (
      <Styled {...props} className={cn("group scroll-mt-20", props.className)}>
        {props.children}
        <a
          href={`#${props.id}`}
          aria-label="Link to this section"
          className="ml-1.5 rounded-sm font-normal text-muted-foreground no-underline opacity-0 group-hover:opacity-100 hover:text-primary focus:opacity-100"
        >
          #
        </a>
      </Styled>
    );
  }
  Heading.displayName = `Markdown.${tag}`;
  return Heading;
}

const Pre = styled("pre", "my-2 overflow-x-auto rounded-md border border-border bg-muted p-3 text-xs leading-relaxed [&>code]:bg-transparent [&>code]:p-0");

const components: Components = {
  // One level down: the page's own headings stay the outline; a "# Heading" in a comment is not an h1.
  h1: heading("h1", "mt-4 mb-2 text-lg font-semibold first:mt-0", "h2"),
  h2: heading("h2", "mt-4 mb-2 text-base font-semibold first:mt-0", "h3"),
  h3: heading("h3", "mt-3 mb-1.5 font-semibold first:mt-0", "h4"),
  h4: heading("h4", "mt-3 mb-1 font-medium first:mt-0", "h5"),
  h5: heading("h5", "mt-3 mb-1 font-medium first:mt-0", "h6"),
  h6: heading("h6", "mt-3 mb-1 text-muted-foreground first:mt-0"),
  p: styled("p", "my-2 leading-relaxed first:mt-0 last:mb-0"),
  a: styled("a", "rounded-sm text-primary underline underline-offset-2 hover:opacity-80"),
  // Task lists (GFM "- [ ]") get no bullets; the disabled box is the marker.
  ul: styled("ul", "my-2 list-disc space-y-1 pl-5 [&.contains-task-list]:list-none [&.contains-task-list]:pl-1"),
  ol: styled("ol", "my-2 list-decimal space-y-1 pl-5 [&.contains-task-list]:list-none [&.contains-task-list]:pl-1"),
  li: styled("li", "pl-0.5 [&.task-list-item]:flex [&.task-list-item]:items-start [&.task-list-item]:gap-2"),
  // Sanitising keeps only disabled checkboxes: they show state and never look clickable. Named by
  // that state, since the item's text beside them is not a <label>.
  input: TaskBox,
  blockquote: styled("blockquote", "my-2 border-l-2 border-border pl-3 text-muted-foreground"),
  hr: styled("hr", "my-4 border-border"),
  pre: Pre,
  code: styled("code", "rounded bg-muted px-1 py-0.5 font-mono text-[0.85em]"),
  // Wide tables scroll inside the column instead of stretching the page.
  table: styled("table", "my-2 block w-max max-w-full overflow-x-auto border-collapse text-sm"),
  th: styled("th", "border border-border bg-muted px-2 py-1 text-left font-medium"),
  td: styled("td", "border border-border px-2 py-1 align-top"),
  // Only http(s) images survive sanitising; keep them inside the column.
  img: styled("img", "my-2 inline-block max-w-full rounded"),
};

/** A code block with a copy button; the text is taken from the syntax tree here, on the server. */
function CopyablePre(props: ComponentProps<"pre"> & ExtraProps) {
  const code = props.node?.children.find((child) => child.type === "element" && child.tagName === "code");
  if (!code) return <Pre {...props} />;
  return (
    <div className="relative">
      <Pre {...props} />
      {/* The closing fence leaves a newline that nobody wants pasted. */}
      <CopyCodeButton text={textOf(code).replace(/\n$/, "")} />
    </div>
  );
}

const copyableComponents: Components = { ...components, pre: CopyablePre };

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
  /** Put a copy button on fenced code blocks. */
  copyCode?: boolean;
} & Omit<ComponentProps<"div">, "children">) {
  const rehypePlugins = anchors ? [rehypeRawAsText, rehypeUnprefixGeneratedIds, rehypeSanitize, rehypeHeadingIds] : [rehypeRawAsText, rehypeUnprefixGeneratedIds, rehypeSanitize];
  return (
    <div className={cn("text-sm break-words", className)} {...rest}>
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={rehypePlugins} components={copyCode ? copyableComponents : components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
