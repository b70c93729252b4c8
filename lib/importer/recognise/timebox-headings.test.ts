import { describe, expect, it } from "vitest";
import { opensWithTimebox } from "./timebox-headings";
import { timeboxName } from "./category-names";
import { kindOf } from "../sections";

describe("opensWithTimebox", () => {
  it("reads a phase heading in another language as part of the plan", () => {
    expect(opensWithTimebox("Giai đoạn 4: Dọn dẹp")).toBe(true);
    expect(opensWithTimebox("Fase II — Piloto")).toBe(true);
    expect(kindOf("Aşama 2: Temizlik", null, null)).toBe("tasks");
    // Ukrainian spells the stage "Етап" (Russian "Этап"), the step "Крок".
    expect(opensWithTimebox("Етап 1. Підготовка")).toBe(true);
    expect(opensWithTimebox("Крок 3 — Перемикання")).toBe(true);
  });
  it("names the category without its time-box words", () => {
    expect(timeboxName("Giai đoạn 4: Dọn dẹp")).toBe("Dọn dẹp");
  });
  it("does not read a heading that only mentions a phase", () => {
    expect(opensWithTimebox("Was in der Fase danach kommt")).toBe(false);
    expect(opensWithTimebox("Fases del proyecto")).toBe(false);
    expect(opensWithTimebox("Етапи")).toBe(false);
  });
});

describe("a spec's milestones numbered by a capital M", () => {
  it("open a time box; a bare code or a model name does not", () => {
    for (const h of ["M2 — Sync (Dec)", "M3: Pilot", "✅ M1 – Storage"]) expect(opensWithTimebox(h), h).toBe(true);
    for (const h of ["M1 Garand", "M2", "m2 — lower case", "MX-5 — roadster"]) expect(opensWithTimebox(h), h).toBe(false);
  });
});
