import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

// remark (CommonMark + GFM tables, task lists): the reference mdast that markdown-fast.ts must
// match (markdown-fast.test.ts), and the parser for text with CR line ends, which markdown-it
// would renumber.

const processor = unified().use(remarkParse).use(remarkGfm);

/** The reference parser, whatever the size. */
export function parseWithRemark(text: string): Root {
  return processor.parse(text);
}
