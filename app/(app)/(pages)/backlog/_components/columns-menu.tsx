"use client";

import * as Menu from "@radix-ui/react-dropdown-menu";
import { Check, Columns3 } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { setColumnsAction } from "@/lib/backlog/actions";
import { isColumnShown, OPTIONAL_COLUMN_LABELS, OPTIONAL_COLUMNS, type ColumnChoice, type OptionalColumn } from "@/lib/backlog/columns";

const itemClass =
  "flex cursor-default items-center gap-2 rounded px-2 py-1.5 text-sm outline-none select-none data-[disabled]:opacity-50 data-[highlighted]:bg-muted";

/**
 * "Columns": which optional backlog columns show. A column the user has not chosen for follows the
 * width of the backlog (`widthOf`, read when the menu opens, so the ticks match what is on screen);
 * ticking or unticking one makes it the user's choice, saved at once on their account.
 */
export function ColumnsMenu({ choice, setChoice, widthOf }: { choice: ColumnChoice; setChoice: (c: ColumnChoice) => void; widthOf: () => number }) {
  const [width, setWidth] = useState(0);

  async function save(next: ColumnChoice) {
    const before = choice;
    setChoice(next);
    const result = await setColumnsAction({ columns: Object.keys(next).length ? next : null });
    if (!result.ok) {
      setChoice(before);
      toast.error(`Columns not saved: ${result.error.message}`);
    }
  }
  const toggle = (column: OptionalColumn, shown: boolean) => void save({ ...choice, [column]: shown });

  return (
    <Menu.Root onOpenChange={(open) => open && setWidth(widthOf())}>
      <Menu.Trigger asChild>
        <Button variant="secondary" size="sm">
          <Columns3 aria-hidden className="size-4" /> Columns
        </Button>
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content align="end" sideOffset={4} className="z-50 min-w-52 rounded-md border border-border bg-surface p-1 text-foreground shadow-md">
          <Menu.Label className="px-2 py-1 text-xs text-muted-foreground">Key, title, priority and status always show</Menu.Label>
          {OPTIONAL_COLUMNS.map((column) => (
            <Menu.CheckboxItem
              key={column}
              className={itemClass}
              checked={isColumnShown(choice, column, width)}
              onCheckedChange={(shown) => toggle(column, shown)}
              // Keep the menu open, so several columns can be changed in one go.
              onSelect={(event) => event.preventDefault()}
            >
              <span className="flex size-4 items-center justify-center">
                <Menu.ItemIndicator>
                  <Check aria-hidden className="size-4" />
                </Menu.ItemIndicator>
              </span>
              {OPTIONAL_COLUMN_LABELS[column]}
            </Menu.CheckboxItem>
          ))}
          <Menu.Separator className="my-1 h-px bg-border" />
          <Menu.Item className={itemClass} disabled={Object.keys(choice).length === 0} onSelect={() => void save({})}>
            <span aria-hidden className="size-4" />
            Default columns for this width
          </Menu.Item>
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
