import { describe, expect, it } from "vitest";
import { cardDateStart } from "./kanban-dates";
import { tidyTitle } from "./title-tails";

describe("Kanban card date marks", () => {
  it("drops @{date} and @[[note]] marks, and the tags before them", () => {
    expect(tidyTitle("Book the venue #events @{2027-03-01}", false, new Set()).title).toBe("Book the venue");
    expect(tidyTitle("Call the bank @[[2027-01-15]]", false, new Set()).title).toBe("Call the bank");
  });

  it("keeps an @ that is part of the words", () => {
    expect(cardDateStart("Email support@example.com about {braces}")).toBe(-1);
    expect(tidyTitle("Reply to @{team} thread in the body", false, new Set()).title).toBe("Reply to @{team} thread in the body");
  });
});
