"use client";

import { useRef, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Table } from "@/components/ui/table";
import { useItemAction } from "@/components/use-item-action";
import { formatValue } from "@/lib/metrics/format";
import { uploadCsvAction } from "@/lib/metrics/actions";

type Preview = {
  rows: number;
  errors: { line: number; message: string }[];
  header: boolean;
  first: { value: number; recordedAt: string; note?: string }[];
  last: { value: number; recordedAt: string; note?: string }[];
};

const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Pick a file → the server parses it and shows what it read → "Record N values" writes them all. */
export function CsvUpload({ metricId, unit }: { metricId: string; unit: string }) {
  const { run, pending } = useItemAction();
  const [csv, setCsv] = useState<string | null>(null);
  const [fileName, setFileName] = useState("");
  const [preview, setPreview] = useState<Preview | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const reset = () => {
    setCsv(null);
    setPreview(null);
    setFileName("");
    if (input.current) input.current.value = "";
  };

  async function choose(file: File | undefined) {
    setPreview(null);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      toast.error(`${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; upload at most 2 MB at a time.`);
      reset();
      return;
    }
    const text = await file.text();
    setCsv(text);
    setFileName(file.name);
    run(() => uploadCsvAction({ metricId, csv: text, commit: false }), {
      success: (r) => (r.errors.length ? `${file.name}: ${r.errors.length} row${r.errors.length === 1 ? "" : "s"} need fixing` : `${file.name}: ${r.rows} values read`),
      onSuccess: (r) => setPreview(r),
      refresh: false,
    });
  }

  return (
    <div className="space-y-3">
      <div>
        <label htmlFor="csv-file" className="mb-1.5 block text-sm font-medium">
          CSV file
        </label>
        <input
          ref={input}
          id="csv-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => void choose(e.target.files?.[0])}
          className="block text-sm file:mr-3 file:rounded-md file:border file:border-border file:bg-muted file:px-3 file:py-1.5 file:text-sm file:font-medium"
        />
      </div>
      {preview ? (
        <div role="status" className="space-y-3 rounded-md border border-border p-3 text-sm" data-testid="csv-preview">
          {preview.errors.length ? (
            <>
              <p className="font-medium text-danger">
                {fileName}: {preview.errors.length} problem{preview.errors.length === 1 ? "" : "s"}; nothing will be written until every row is good.
              </p>
              <ul className="list-disc space-y-0.5 pl-5">
                {preview.errors.map((e, i) => (
                  <li key={i}>
                    Line {e.line}: {e.message}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <>
              <p>
                <span className="font-medium">{preview.rows.toLocaleString()} values</span> read from {fileName}
                {preview.header ? " (first row taken as a header)" : ""}.
              </p>
              <Table className="max-w-md text-xs">
                <caption className="sr-only">First and last rows of the file</caption>
                <thead className="text-left text-muted-foreground">
                  <tr>
                    <th scope="col" className="py-0.5 font-medium">Time (UTC)</th>
                    <th scope="col" className="py-0.5 text-right font-medium">Value</th>
                    <th scope="col" className="py-0.5 pl-3 font-medium">Note</th>
                  </tr>
                </thead>
                <tbody>
                  {[...preview.first, ...(preview.rows > 10 ? [null] : []), ...preview.last.slice(Math.max(0, preview.first.length + preview.last.length - preview.rows))].map((p, i) =>
                    p ? (
                      <tr key={i} className="border-t border-border">
                        <td className="py-0.5 font-mono">{p.recordedAt.slice(0, 16).replace("T", " ")}</td>
                        <td className="py-0.5 text-right tabular-nums">{formatValue(p.value, unit)}</td>
                        <td className="py-0.5 pl-3 text-muted-foreground">{p.note}</td>
                      </tr>
                    ) : (
                      <tr key={i} className="border-t border-border text-muted-foreground">
                        <td colSpan={3} className="py-0.5">
                          … {(preview.rows - 10).toLocaleString()} more …
                        </td>
                      </tr>
                    ),
                  )}
                </tbody>
              </Table>
              <div className="flex gap-2">
                <Button
                  disabled={pending || !csv}
                  onClick={() =>
                    run(() => uploadCsvAction({ metricId, csv: csv!, commit: true }), {
                      success: (r) => `Recorded ${r.recorded.toLocaleString()} values from ${fileName}`,
                      onSuccess: reset,
                    })
                  }
                >
                  {pending ? "Recording…" : `Record ${preview.rows.toLocaleString()} values`}
                </Button>
                <Button variant="ghost" onClick={reset} disabled={pending}>
                  Cancel
                </Button>
              </div>
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}
