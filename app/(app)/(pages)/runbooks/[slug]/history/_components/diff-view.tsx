import { Fragment } from "react";
import { Table } from "@/components/ui/table";
import { cn } from "@/lib/cn";
import type { DiffHunk, DiffRow } from "@/lib/runbooks/diff";

// A unified line diff. Pure markup: the page computes the hunks, this only lays them out.

const ROW = {
  same: { bg: "", mark: "", word: "", sign: " ", said: "" },
  add: { bg: "bg-success/10", mark: "text-success", word: "rounded-xs bg-success/30", sign: "+", said: "added" },
  del: { bg: "bg-danger/10", mark: "text-danger", word: "rounded-xs bg-danger/30", sign: "−", said: "removed" },
} as const;

const lineNo = "w-px select-none whitespace-nowrap px-2 text-right align-top tabular-nums text-muted-foreground";

function Row({ row }: { row: DiffRow }) {
  const style = ROW[row.kind];
  return (
    <tr className={style.bg || undefined} data-kind={row.kind}>
      <td className={lineNo}>{row.oldNo ?? ""}</td>
      <td className={lineNo}>{row.newNo ?? ""}</td>
      <td className={cn("w-px select-none px-1 align-top", style.mark)}>
        <span aria-hidden>{style.sign}</span>
        {/* Colour alone does not reach screen readers or everyone's eyes. */}
        {style.said ? <span className="sr-only">{style.said}</span> : null}
      </td>
      <td className="whitespace-pre pr-4">
        {row.segments
          ? row.segments.map((s, i) =>
              s.changed ? (
                <span key={i} className={style.word}>
                  {s.text}
                </span>
              ) : (
                <Fragment key={i}>{s.text}</Fragment>
              ),
            )
          : row.text}
      </td>
    </tr>
  );
}

function Hidden({ count }: { count: number }) {
  return (
    <tr>
      <td colSpan={4} className="border-y border-border bg-muted px-2 py-0.5 font-sans text-muted-foreground">
        <span aria-hidden>⋯ </span>
        {count} unchanged {count === 1 ? "line" : "lines"}
      </td>
    </tr>
  );
}

export function DiffView({ hunks, label }: { hunks: DiffHunk[]; label: string }) {
  const trailing = hunks.at(-1)?.hiddenAfter ?? 0;
  return (
    <Table scrollLabel="Changes between the two revisions" containerClassName="rounded-lg border border-border bg-surface" className="w-auto min-w-full border-collapse font-mono text-xs leading-5" data-testid="revision-diff">
      <caption className="sr-only">{label}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">Old line</th>
          <th scope="col">New line</th>
          <th scope="col">Change</th>
          <th scope="col">Text</th>
        </tr>
      </thead>
      <tbody>
        {hunks.map((hunk) => (
          <Fragment key={`${hunk.oldStart}:${hunk.newStart}`}>
            {hunk.hiddenBefore ? <Hidden count={hunk.hiddenBefore} /> : null}
            {hunk.rows.map((row, i) => (
              <Row key={i} row={row} />
            ))}
          </Fragment>
        ))}
        {trailing ? <Hidden count={trailing} /> : null}
      </tbody>
    </Table>
  );
}
