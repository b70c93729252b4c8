import { z } from "zod";
import { OPTIONAL_COLUMNS } from "./columns";

// The Columns menu's input, checked by its server action; apart from columns.ts, which the table
// imports in the browser, so zod stays out of the backlog's client bundle.

/** What the Columns menu sends: the whole choice (only known columns), or null for the defaults. */
export const setColumnsSchema = z.object({
  columns: z
    .partialRecord(z.enum(OPTIONAL_COLUMNS, { error: "Columns: unknown column" }), z.boolean({ error: "Columns: each column is shown or hidden" }), {
      error: "Columns: expected a choice per column",
    })
    .nullable(),
});
