import { describe, expect, it } from "vitest";
import { headingStatus } from "../clean";
import { findPriorityLabel, horizonLabel } from "../priority";

describe("Tamil and Estonian words", () => {
  it("reads Tamil board lists as states, a closing vowel sign kept", () => {
    expect(headingStatus("செய்ய வேண்டியவை")).toBe("not_started");
    expect(headingStatus("நடந்து கொண்டிருக்கிறது")).toBe("in_progress");
    expect(headingStatus("முடிந்தது")).toBe("done");
    expect(headingStatus("யோசனைகள்")).toBeNull();
  });
  it("reads Tamil levels", () => {
    expect(findPriorityLabel("அவசரம்")).toBe("Critical");
    expect(findPriorityLabel("உயர்")).toBe("High");
    expect(findPriorityLabel("குறைவு")).toBe("Low");
  });
  it("reads the Estonian Now / Next / Later columns", () => {
    expect(horizonLabel("Nüüd")).toBe("Immediate");
    expect(horizonLabel("Järgmiseks")).toBe("Short term");
    expect(horizonLabel("Hiljem")).toBe("Medium term");
    expect(horizonLabel("Nüüdisaegne")).toBeNull();
  });
});
