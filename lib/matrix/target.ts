// An SLA target as people say it ("24 hours", "2 weeks", "5 business days") and back to hours.
// A business day is a whole Monday-to-Friday day (24 business hours), a business week five of them.

export type TargetUnit = "hours" | "days" | "weeks";
type Calendar = "calendar" | "business";

const HOURS_PER: Record<Calendar, Record<TargetUnit, number>> = {
  calendar: { hours: 1, days: 24, weeks: 168 },
  business: { hours: 1, days: 24, weeks: 120 },
};

export function toHours(amount: number, unit: TargetUnit, calendar: Calendar): number {
  return Math.round(amount * HOURS_PER[calendar][unit]);
}

/** The largest unit that divides the target exactly; short windows stay in hours ("24 hours"). */
export function splitTarget(hours: number, calendar: Calendar): { amount: number; unit: TargetUnit } {
  if (hours < 72) return { amount: hours, unit: "hours" };
  for (const unit of ["weeks", "days"] as const) {
    const per = HOURS_PER[calendar][unit];
    if (hours % per === 0) return { amount: hours / per, unit };
  }
  return { amount: hours, unit: "hours" };
}

export function formatTarget(hours: number, calendar: Calendar): string {
  const { amount, unit } = splitTarget(hours, calendar);
  const word = amount === 1 ? unit.slice(0, -1) : unit;
  return calendar === "business" ? `${amount} business ${word}` : `${amount} ${word}`;
}
