import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const metrics = (md: string) => parsePlan(md).metrics.map((m) => [m.name, m.comparator, m.target]);

describe("targets sections and comparisons in Thai and Portuguese", () => {
  it("reads a Thai targets section whose comparison follows the name without a space", () => {
    const md = "# แผนร้าน\n\n## เป้าหมาย\n\n- ลูกค้าประจำไม่น้อยกว่า 300 คน\n- ของเสียต่อวันไม่เกิน 2 กิโล\n\n## งาน\n\n- ทาสีผนังร้าน\n";
    expect(metrics(md)).toEqual([
      ["ลูกค้าประจำ", ">=", 300],
      ["ของเสียต่อวัน", "<=", 2],
    ]);
  });

  it("reads a Portuguese or Spanish 'Metas' section as targets", () => {
    const md = "# Plano\n\n## Metas\n\n- Tempo de resposta ≤ 2 horas\n- Pelo menos 90% dos pedidos no prazo\n\n## Tarefas\n\n- Revisar contrato\n";
    expect(metrics(md)).toEqual([
      ["Tempo de resposta", "<=", 2],
      ["Pedidos no prazo", ">=", 90],
    ]);
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Revisar contrato"]);
  });

  it("reads no target from a Thai line without a figure", () => {
    expect(metrics("# แผน\n\n## เป้าหมาย\n\n- ลูกค้าพอใจมากกว่าเดิม\n")).toEqual([]);
  });
});
