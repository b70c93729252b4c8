import { describe, expect, it } from "vitest";
import { isOneScenarioLayout, isWholeDocumentLayout, sectionRole } from "./layouts";
import { importRunbook } from "./markdown-file";
import { parseScenarios } from "./outline";

// Each layout with a small runbook written for this test; the scenario count and drill steps are
// what an on-call engineer reading it would tick off.

const read = (markdown: string, fileName = "runbook.md") => {
  const { title, body } = importRunbook(markdown, fileName);
  return { title, ...parseScenarios(body, { title }) };
};
const stepTexts = (markdown: string) => read(markdown).scenarios.map((s) => s.steps.map((step) => `${step.section}: ${step.text}`));

describe("alert runbooks (Meaning / Impact / Diagnosis / Mitigation)", () => {
  const ALERT = [
    "# QueueDepthHigh",
    "Fires when `queue_depth > 1000` for 5 minutes.",
    "## Meaning",
    "Workers fall behind the producers.",
    "## Impact",
    "- Emails go out late.",
    "- Exports time out.",
    "## Diagnosis",
    "1. Open the queue dashboard.",
    "2. Check the worker count.",
    "## Mitigation",
    "1. Scale the workers to 8.",
    "## Escalation",
    "Page the platform lead after 30 minutes.",
    "## Related",
    "- Alert rule: `alerts/queue.yaml`",
  ].join("\n\n");

  it("is one scenario named after the runbook, whose sections are its headings", () => {
    const { title, intro, scenarios } = read(ALERT);
    expect(title).toBe("QueueDepthHigh");
    expect(intro).toBe("Fires when `queue_depth > 1000` for 5 minutes.");
    expect(scenarios.map((s) => s.title)).toEqual(["QueueDepthHigh"]);
    expect(scenarios[0]?.sections.map((s) => s.name)).toEqual(["Meaning", "Impact", "Diagnosis", "Mitigation", "Escalation", "Related"]);
    expect(scenarios[0]?.anchor).toBe("h-meaning");
    expect(scenarios[0]?.markdown.startsWith("## Meaning")).toBe(true);
  });

  it("drills the numbered actions of Diagnosis and Mitigation, not the impact bullets or the links", () => {
    expect(stepTexts(ALERT)).toEqual([["Diagnosis: Open the queue dashboard.", "Diagnosis: Check the worker count.", "Mitigation: Scale the workers to 8."]]);
  });

  it("leaves the scenario title empty when the caller does not name the runbook", () => {
    const { body } = importRunbook(ALERT);
    expect(parseScenarios(body).scenarios.map((s) => s.title)).toEqual([""]);
  });

  it("never takes a table-of-contents marker for a step", () => {
    const withToc = "# DiskFull\n\n[[_TOC_]]\n\n## Meaning\n\n[TOC]\n\n## Diagnosis\n\n[[_TOC_]]\n\n## Mitigation\n\nFree some space.\n";
    const { intro, scenarios } = read(withToc);
    expect(intro).toBe("[[_TOC_]]");
    // No list anywhere: one step per section, from its first paragraph that is not a marker.
    expect(scenarios[0]?.steps.map((s) => s.text)).toEqual(["Meaning", "Diagnosis", "Free some space."]);
  });
});

describe("procedures (Prerequisites / Execution / Rollback / Verification)", () => {
  const PROCEDURE = [
    "# Rotate the TLS certificate",
    "## Prerequisites",
    "- The new certificate is in the vault.",
    "## Execution",
    "1. Upload the certificate to the load balancer.",
    "2. Switch the listener to it.",
    "## Rollback",
    "1. Switch the listener back.",
    "## Verification",
    "1. `curl -v` shows the new expiry date.",
  ].join("\n\n");

  it("is one scenario per stage, each drilling its own actions", () => {
    const { scenarios } = read(PROCEDURE);
    expect(scenarios.map((s) => [s.title, s.steps.map((step) => step.text)])).toEqual([
      ["Prerequisites", ["The new certificate is in the vault."]],
      ["Execution", ["Upload the certificate to the load balancer.", "Switch the listener to it."]],
      ["Rollback", ["Switch the listener back."]],
      ["Verification", ["curl -v shows the new expiry date."]],
    ]);
  });

  it("reads stages in other words and languages the same way, leaving reading matter out", () => {
    const md = "# Zertifikat tauschen\n\n## Preparation\n\n- [ ] Ticket offen\n- [ ] Fenster gebucht\n\n## Validation\n\n1. Ablaufdatum prüfen\n\n## Notes\n\nAsk Kim if stuck.\n";
    expect(read(md).scenarios.map((s) => [s.title, s.steps.length])).toEqual([
      ["Preparation", 2],
      ["Validation", 1],
    ]);
  });

  it("stays one scenario when only one section acts (the rest is about it)", () => {
    const md = "# Renew cert\n\n## Overview\n\nYearly.\n\n## Steps\n\n1. Renew\n2. Reload\n\n## Contacts\n\n- Kim\n";
    expect(read(md).scenarios.map((s) => [s.title, s.steps.length])).toEqual([["Renew cert", 2]]);
  });
});

describe("phases (several # headings after the title)", () => {
  const PHASES = [
    "# Quarterly key rotation",
    "Run by the security on-call.",
    "# Phase 1 — Prepare",
    "1. Announce the rotation.",
    "# Phase 2 — Rotate",
    "1. Generate the new keys.",
    "2. Publish them.",
    "# Rollback",
    "1. Restore the old keys.",
  ].join("\n\n");

  it("keeps the first # heading as the title and reads each phase as a scenario", () => {
    const { title, intro, scenarios } = read(PHASES, "rotation.md");
    expect(title).toBe("Quarterly key rotation");
    expect(intro).toBe("Run by the security on-call.");
    expect(scenarios.map((s) => [s.title, s.steps.length])).toEqual([
      ["Phase 1 — Prepare", 1],
      ["Phase 2 — Rotate", 2],
      ["Rollback", 1],
    ]);
  });

  it("reads numbered stages under another word the same way", () => {
    const md = "# Umzug\n\n# Stage 1: Packen\n\n- [ ] Kisten\n- [ ] Etiketten\n\n# Stage 2: Fahren\n\n1. Laden\n";
    expect(read(md).scenarios.map((s) => [s.title, s.steps.length])).toEqual([
      ["Stage 1: Packen", 2],
      ["Stage 2: Fahren", 1],
    ]);
  });

  it("still falls back to the file name when the other # headings are scenarios", () => {
    expect(read("# Disk full\n\n# DB down\n\n## Diagnosis\n- x\n", "db.md").title).toBe("Db");
  });
});

describe("actionable leaves", () => {
  it("does not let an intro paragraph or an announcing item replace the actions under it", () => {
    const body = [
      "## Meaning",
      "Cache misses.",
      "## Diagnosis",
      "First confirm the cache is the problem:",
      "1. Check the hit rate.",
      "## Mitigation",
      "1. Reduce the load:\n   1. Turn on coalescing.\n   2. Raise the TTL.",
      "2. Check pods\n   - in prod",
    ].join("\n\n");
    expect(parseScenarios(body).scenarios[0]?.steps.map((s) => s.text)).toEqual([
      "Check the hit rate.",
      "Turn on coalescing.",
      "Raise the TTL.",
      // No colon: a step of its own, as are its sub-items (the app's layout has always read it so).
      "Check pods",
      "in prod",
    ]);
  });

  it("in a scenario with no acting section, takes a section's list over its intro paragraph", () => {
    const body = "## Cert expired\n\nDo this:\n\n1. Renew.\n2. Reload.\n";
    expect(parseScenarios(body).scenarios[0]?.steps.map((s) => s.text)).toEqual(["Renew.", "Reload."]);
  });
});

describe("the app's own layout is left as it was", () => {
  it("reads scenario headings with Symptoms / Diagnosis / Resolution / Escalation per scenario", () => {
    const body = "## Disk full\n\n### Symptoms\n- alerts\n\n### Diagnosis\n1. df\n\n## DB down\n\n### Resolution\n1. Fail over\n";
    const { scenarios } = parseScenarios(body, { title: "Ops" });
    expect(scenarios.map((s) => [s.title, s.steps.map((step) => step.text)])).toEqual([
      ["Disk full", ["df"]],
      ["DB down", ["Fail over"]],
    ]);
  });

  it("takes a scenario's procedure sections as acting sections too", () => {
    const body = "## Deploy stuck\n\n### Symptoms\n- red\n\n### Rollback\n1. Undo\n\n### Verification\n1. Smoke test\n";
    expect(parseScenarios(body).scenarios[0]?.steps.map((s) => s.text)).toEqual(["Undo", "Smoke test"]);
  });
});

describe("sectionRole / isWholeDocumentLayout", () => {
  it("reads a section's role from its first word, past numbers and emoji", () => {
    expect(["Diagnosis steps", "1. Mitigation", "🔧 Fix", "Before you start", "Pre-checks", "Roll back", "Step 3: verify"].map(sectionRole)).toEqual(Array(7).fill("acts"));
    expect(["Meaning", "Impact", "Escalation path", "See also", "Notes"].map(sectionRole)).toEqual(Array(5).fill("describes"));
    expect(["Disk full", "Search returns 5xx", "Stepping stones"].map(sectionRole)).toEqual([undefined, undefined, undefined]);
  });

  it("reads procedure stages and numbered steps in other languages", () => {
    expect(["Prérequis", "Étape 2 : déployer", "Ejecución", "Paso 3", "Durchführung", "Schritt IV"].map(sectionRole)).toEqual(Array(6).fill("acts"));
    expect(["Schrittweise", "Fasen"].map(sectionRole)).toEqual([undefined, undefined]);
  });

  it("needs every heading to be a section and one of them to act", () => {
    expect(isWholeDocumentLayout(["Meaning", "Diagnosis"])).toBe(true);
    expect(isWholeDocumentLayout(["Meaning", "Impact"])).toBe(false);
    expect(isWholeDocumentLayout(["Diagnosis", "Disk full"])).toBe(false);
    expect(isWholeDocumentLayout([])).toBe(false);
  });

  it("keeps an alert layout or a single acting section as one scenario, not stages", () => {
    expect(isOneScenarioLayout(["Meaning", "Triage", "Rollback"])).toBe(true);
    expect(isOneScenarioLayout(["Overview", "Execution"])).toBe(true);
    expect(isOneScenarioLayout(["Prerequisites", "Execution", "Notes"])).toBe(false);
    expect(isOneScenarioLayout(["Phase 1: Diagnose", "Phase 2: Fix"])).toBe(false);
    expect(isOneScenarioLayout(["Disk full", "DB down"])).toBe(false);
  });

  it("reads Portuguese and Italian alert and procedure sections", () => {
    expect(isOneScenarioLayout(["Significado", "Impacto", "Diagnóstico", "Mitigação"])).toBe(true);
    expect(isOneScenarioLayout(["Significato", "Impatto", "Diagnosi", "Mitigazione"])).toBe(true);
    expect(["Preparação", "Execução", "Verificação", "Esecuzione", "Ripristino"].map(sectionRole)).toEqual(Array(5).fill("acts"));
    expect(isWholeDocumentLayout(["Significado", "Fila de pedidos parada"])).toBe(false);
  });
});

describe("sections a responder picks between", () => {
  it("reads headings repeating one section word as alternative scenarios, phases excepted", () => {
    expect(isWholeDocumentLayout(["Roll back the application", "Roll back a migration"])).toBe(false);
    expect(isWholeDocumentLayout(["Phase 1 — Prepare", "Phase 2 — Deploy"])).toBe(true);
    const md = "# How to roll back\n\n## Roll back the app\n\n1. Open Argo\n2. Roll back:\n\n   ```\n   argocd app rollback\n   ```\n\n3. Post in #deploys\n\n## Roll back a migration\n\n1. Snapshot\n2. Run the down script\n";
    const { scenarios } = read(md);
    expect(scenarios.map((s) => [s.title, s.steps.length])).toEqual([
      ["Roll back the app", 3],
      ["Roll back a migration", 2],
    ]);
  });

  it("does not drill reference sections (Roles, Related, Don'ts) between scenarios", () => {
    const md = "# Playbook\n\n## Roles\n\n| Role | Who |\n|---|---|\n| IC | SRE |\n\n## 1. Detect\n\n- [ ] Confirm\n\n## 2. Contain\n\n- [ ] Rate-limit:\n  - [ ] /login\n  - [ ] /search\n\n## Don'ts\n\n- Don't block countries.\n\n## Related\n\n- [Other](./x.md)\n";
    const { scenarios } = read(md);
    expect(scenarios.map((s) => [s.title, s.steps.map((x) => x.text)])).toEqual([
      ["1. Detect", ["Confirm"]],
      ["2. Contain", ["/login", "/search"]],
    ]);
  });

  it("reads a heading over nothing but case headings as a group: each case is a scenario", () => {
    const md = "# Lag\n\n## Diagnose\n\n1. Check lag\n\n## Behebung\n\n### Fall A: down\n\n1. Restart\n\n### Fall B: load\n\n1. Scale\n2. Call the team\n\n## Eskalation\n\n| Nach | Wen |\n|---|---|\n| 30 min | Team |\n";
    const { scenarios } = read(md);
    expect(scenarios.map((s) => [s.title, s.steps.length])).toEqual([
      ["Diagnose", 1],
      ["Fall A: down", 1],
      ["Fall B: load", 2],
    ]);
  });
});

describe("runbooks without headings", () => {
  it("reads a command table as one scenario named after the runbook, one step per row", () => {
    const md = "# DiskSpaceLow\n\nRun on the node.\n\n| # | Do this | Command |\n|---|---|---|\n| 1 | Check the mount | `df -h` |\n| 2 | Restart Loki | `systemctl restart loki` |\n";
    const { title, scenarios } = read(md);
    expect(scenarios.map((s) => [s.title, s.steps.map((x) => x.text)])).toEqual([[title, ["Check the mount", "Restart Loki"]]]);
  });

  it("leaves notes with a bulleted list as intro, and reference tables out of the steps", () => {
    expect(read("# Notes\n\nJust notes.\n\n- a\n- b\n").scenarios).toEqual([]);
    expect(read("# Contacts\n\n| Role | Who |\n|---|---|\n| IC | Ann |\n").scenarios).toEqual([]);
  });
});

describe("a fallback written after the steps", () => {
  it("counts 'If …: do …' right after the steps as one more step, not a lead-in or a later note", () => {
    const md = "# Disk\n\n| # | Do this |\n|---|---|\n| 1 | Check df |\n\nIf still full: expand the volume.\n\n**Known cause:** compaction. If it resolves, just ack it.\n";
    expect(read(md).scenarios[0]?.steps.map((s) => s.text)).toEqual(["Check df", "If still full: expand the volume."]);
    const leadIn = "# P\n\n## Rollback\n\n1. Pause\n\nIf the leader is unhealthy:\n\n1. Switch back\n";
    expect(read(leadIn).scenarios[0]?.steps.map((s) => s.text)).toEqual(["Pause", "Switch back"]);
  });
});

describe("named alerts and reference sections between scenarios", () => {
  it("reads 'Alert: name' headings as one scenario per alert, in any of the usual spellings", () => {
    const en = "# Cache nodes\n\n## Alert: `CacheEvictionsHigh`\n\n**What to do**\n\n1. Check the hit rate\n2. Raise the memory limit\n\n## Alert — CacheDown\n\n1. Restart the node\n\n## Useful commands\n\n```\nredis-cli info\n```\n";
    expect(read(en).scenarios.map((s) => [s.title, s.steps.length])).toEqual([
      ["Alert: CacheEvictionsHigh", 2],
      ["Alert — CacheDown", 1],
    ]);
    const de = "# Speicher\n\n## Alarm: SpeicherVoll\n\n- [ ] Platte prüfen\n\n## Alarm: InodesVoll\n\n- [ ] Temp leeren\n- [ ] Neu starten\n\n## Nützliche Befehle\n\n- `df -i`\n";
    expect(read(de).scenarios.map((s) => [s.title, s.steps.length])).toEqual([
      ["Alarm: SpeicherVoll", 1],
      ["Alarm: InodesVoll", 2],
    ]);
    expect(["Alert", "Alerts", "Handy queries", "Commandes utiles"].map(sectionRole)).toEqual(Array(4).fill("describes"));
    expect(sectionRole("Run the commands on every node")).toBeUndefined();
  });

  it("does not drill a heading over nothing but a lookup table, in any language", () => {
    const en = "# Floods\n\n## Which tier are you in\n\n| Tier | Signal |\n|---|---|\n| T1 | slow |\n| T2 | down |\n\n## Tier 1\n\n- [ ] Watch\n\n## Tier 2\n\n- [ ] Page\n- [ ] Block\n";
    expect(read(en).scenarios.map((s) => [s.title, s.steps.length])).toEqual([
      ["Tier 1", 1],
      ["Tier 2", 2],
    ]);
    const es = "# Caídas\n\n## Niveles\n\n| Nivel | Señal |\n|---|---|\n| N1 | lento |\n\n## Nivel 1\n\n| # | Acción |\n|---|---|\n| 1 | Avisar |\n";
    expect(read(es).scenarios.map((s) => [s.title, s.steps.length])).toEqual([["Nivel 1", 1]]);
  });
});

describe("alert sections named in German, French and Spanish", () => {
  it("reads Bedeutung / Auswirkung / Diagnose / Behebung under each alert as that alert's one scenario", () => {
    const doc = [
      "# Warteschlangen-Alarme",
      "## QueueStuck",
      "### Bedeutung",
      "Nachrichten bleiben liegen.",
      "### Auswirkung",
      "Mails kommen spät an.",
      "### Diagnose",
      "1. Dashboard öffnen.",
      "### Behebung",
      "1. Worker neu starten.",
      "2. Rückstand beobachten.",
      "## QueueFull",
      "### Diagnose",
      "1. Plattenplatz prüfen.",
      "### Behebung",
      "1. Alte Nachrichten archivieren.",
    ].join("\n");
    expect(read(doc).scenarios.map((s) => [s.title, s.steps.length])).toEqual([
      ["QueueStuck", 3],
      ["QueueFull", 2],
    ]);
    expect(sectionRole("Résolution")).toBe("acts");
    expect(sectionRole("Síntomas")).toBe("describes");
  });

  it("reads a fix section split into cases as one scenario per case, not one alert scenario", () => {
    const doc = [
      "# Replica lag",
      "## Diagnosis",
      "1. Check the lag graph.",
      "2. Check the replica's disk.",
      "## Mitigation",
      "### Case A: the replica is down",
      "1. Restart it.",
      "### Case B: the primary is overloaded",
      "1. Pause the batch jobs.",
      "2. Watch the lag fall.",
      "## Escalation",
      "Page the database lead.",
    ].join("\n");
    expect(read(doc).scenarios.map((s) => [s.title, s.steps.length])).toEqual([
      ["Diagnosis", 2],
      ["Case A: the replica is down", 1],
      ["Case B: the primary is overloaded", 2],
    ]);
  });

  it("keeps a fix section with sub-sections (not cases) inside the one alert scenario", () => {
    const doc = ["# DiskFull", "## Diagnosis", "1. Run df.", "## Mitigation", "### Steps", "1. Delete old logs.", "### Verification", "1. Run df again."].join("\n");
    expect(read(doc).scenarios).toHaveLength(1);
  });
});

describe("CJK alert runbook sections", () => {
  it("reads Japanese, Chinese and Korean section headings as one alert", () => {
    expect(isOneScenarioLayout(["概要", "影響", "調査", "対処"])).toBe(true);
    expect(isOneScenarioLayout(["概述", "影响", "排查", "处理"])).toBe(true);
    expect(isOneScenarioLayout(["개요", "영향", "진단", "조치"])).toBe(true);
    // Headings naming cases are scenarios, not sections.
    expect(isOneScenarioLayout(["ディスク容量不足", "メモリ不足", "対処"])).toBe(false);
  });
});
