import Link from "next/link";
import { Fragment } from "react";

export type Crumb = { href?: string; label: string; mono?: boolean };

/** Where a page sits: links up the hierarchy, the last crumb (without a link) being this page. */
export function Breadcrumb({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-2 text-sm text-muted-foreground print:hidden">
      <ol className="flex flex-wrap items-center gap-1.5">
        {items.map((c, i) => (
          <Fragment key={`${i}-${c.label}`}>
            {i > 0 ? <li aria-hidden>›</li> : null}
            <li className={c.mono ? "min-w-0 font-mono break-words" : "min-w-0 break-words"} aria-current={c.href ? undefined : "page"}>
              {c.href ? (
                <Link href={c.href} className="rounded-sm hover:text-foreground hover:underline">
                  {c.label}
                </Link>
              ) : (
                c.label
              )}
            </li>
          </Fragment>
        ))}
      </ol>
    </nav>
  );
}
