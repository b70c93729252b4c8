import type { OpenCriteria } from "@/lib/backlog/open-criteria";

// The body of "Mark done anyway?": how many acceptance criteria are still open and what they say
// (the first few, then how many more), so nobody closes an item without seeing what it promised.
// Shared by the status control's dialog and the triage inbox's status picker.

export function OpenCriteriaList({ criteria }: { criteria: OpenCriteria }) {
  const more = criteria.count - criteria.texts.length;
  return (
    <div className="space-y-2">
      <p>
        It has {criteria.count} open acceptance {criteria.count === 1 ? "criterion" : "criteria"}:
      </p>
      <ul className="list-disc space-y-0.5 pl-5 text-foreground" aria-label="Open acceptance criteria">
        {criteria.texts.map((text, i) => (
          <li key={i} className="break-words">
            {text}
          </li>
        ))}
      </ul>
      {more > 0 ? <p>and {more} more.</p> : null}
    </div>
  );
}

/** Whether choosing `next` should ask first: Done over open criteria, from any other status. */
export const asksBeforeDone = (current: string, next: string, criteria: OpenCriteria) => next === "done" && current !== "done" && criteria.count > 0;
