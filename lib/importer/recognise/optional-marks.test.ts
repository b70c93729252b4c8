import { describe, expect, it } from "vitest";
import { horizonLabel } from "../priority";
import { withoutOptionalMarks } from "./optional-marks";

describe("Arabic and Hebrew vowel marks a writer may leave out", () => {
  it("takes them off, so the marked word is the bare one", () => {
    expect(withoutOptionalMarks("لاحقاً")).toBe("لاحقا");
    expect(withoutOptionalMarks("دَحُوف")).toBe("دحوف");
    expect(withoutOptionalMarks("דָּחוּף")).toBe("דחוף");
    expect(horizonLabel("لاحقاً")).toBe("Medium term");
  });

  it("leaves other scripts' vowel signs, which are part of the word", () => {
    expect(withoutOptionalMarks("ด่วนมาก")).toBe("ด่วนมาก");
    expect(withoutOptionalMarks("तुरंत")).toBe("तुरंत");
    expect(withoutOptionalMarks("Später")).toBe("Später");
  });
});
