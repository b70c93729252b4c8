import { describe, expect, it } from "vitest";
import { expiryTailStart, isExpiry } from "./expiry-tails";
import { tidyTitle } from "./title-tails";

const title = (text: string) => tidyTitle(text, false, new Set()).title;

describe("expiry remarks after a title", () => {
  it("drops when something runs out, after a dash or in parentheses", () => {
    expect(title("Renew the code-signing certificate — expires Dec 9")).toBe("Renew the code-signing certificate");
    expect(title("לחדש את הדומיין — פג ב-3.4")).toBe("לחדש את הדומיין");
    expect(title("Продлить лицензию (истекает 01.02, отвечает Ольга)")).toBe("Продлить лицензию");
    expect(title("Wildcard-Zertifikat erneuern (läuft am 3.3. ab)")).toBe("Wildcard-Zertifikat erneuern");
  });

  it("keeps an expiry word without a date, which is the work's subject", () => {
    expect(isExpiry("expires soon")).toBe(false);
    expect(expiryTailStart("Handle sessions that expire")).toBe(-1);
    expect(title("Warn users before the trial expires")).toBe("Warn users before the trial expires");
  });
});
