import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../markdown";
import { parsePlan } from "../parse";
import { isPriorityLabelSpan, labelFields } from "./label-priority";

const fieldsOf = (line: string) => {
  const list = parseMarkdown(`- ${line}\n`).children[0];
  if (list?.type !== "list" || list.children[0]?.children[0]?.type !== "paragraph") throw new Error("not a list");
  return labelFields(list.children[0].children[0].children);
};

describe("field labels on an entry", () => {
  it("reads GitLab scoped labels: priority on its numbered scale, workflow as the state", () => {
    expect(fieldsOf('**Partition the table** ~"workflow::in dev" ~"priority::1" (weight 5)')).toEqual({ priorityLabel: "Priority 1", status: "in_progress" });
    expect(fieldsOf("Rotate the keys ~severity::high ~bug")).toEqual({ priorityLabel: "High", status: null });
    expect(fieldsOf('Upgrade Kafka ~"type::feature"')).toEqual({ priorityLabel: null, status: null });
  });

  it("reads key-value code-span labels in any language", () => {
    expect(fieldsOf("Fix the tooltip `bug` `priority: critical`")).toEqual({ priorityLabel: "Critical", status: null });
    expect(fieldsOf("Struk digital `prioritas: tinggi`")).toEqual({ priorityLabel: "High", status: null });
    expect(fieldsOf("Exportar informes `prioridad/baja` `estado: en curso`")).toEqual({ priorityLabel: "Low", status: "in_progress" });
    expect(fieldsOf("Set `timeout: 30s` in the config")).toEqual({ priorityLabel: null, status: null });
  });

  it("tells a priority label span from code", () => {
    expect(isPriorityLabelSpan("priority: high")).toBe(true);
    expect(isPriorityLabelSpan("Priorität: mittel")).toBe(true);
    expect(isPriorityLabelSpan("priority: config.yaml")).toBe(false);
    expect(isPriorityLabelSpan("retries: 3")).toBe(false);
  });

  it("a trailing priority label leaves the title and ranks the entry", () => {
    const md = "# Sprint 9\n\n## Backlog\n- Struk digital via WhatsApp `prioritas: tinggi`\n- Laporan harian `prioritas: rendah`\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority])).toEqual([
      ["Struk digital via WhatsApp", "P1"],
      ["Laporan harian", "P3"],
    ]);
  });

  it("a trailing code span that is only a level word in any language is a priority tag", () => {
    const items = parsePlan("# Plan\n\n- [ ] Rulle ut nye bærbare `høy`\n- [ ] Dokumentere nettverket `middels`\n- [ ] Oppdatere `høy pakke` i dag\n").items;
    expect(items.map((i) => [i.title, i.priorityLabel])).toEqual([
      ["Rulle ut nye bærbare", "High"],
      ["Dokumentere nettverket", "Medium"],
      ["Oppdatere høy pakke i dag", null],
    ]);
  });
});
