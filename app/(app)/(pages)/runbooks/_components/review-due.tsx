import { differenceInCalendarDays } from "date-fns";
import { LocalTime } from "@/components/local-time";
import { cn } from "@/lib/cn";

/** "Due 3 Feb 2027", or "Overdue by 12 days" in the warning colour, so late reviews stand out. */
export function ReviewDue({ dueAt, now, className }: { dueAt: Date; now: Date; className?: string }) {
  const days = differenceInCalendarDays(now, dueAt);
  if (days > 0) {
    return (
      <span className={cn("font-medium text-danger", className)} data-review="overdue">
        Overdue by {days} day{days === 1 ? "" : "s"}
      </span>
    );
  }
  return (
    <span className={cn(days > -14 ? "text-warning-text" : "text-muted-foreground", className)} data-review={days > -14 ? "soon" : "ok"}>
      {days === 0 ? "Due today" : <>Due <LocalTime iso={dueAt.toISOString()} format="date" /></>}
    </span>
  );
}
