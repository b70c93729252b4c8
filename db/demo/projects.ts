// The five real plans the product is built for, one demo project each (files in ./seeds, byte for byte).
// `importedDaysAgo`: when each plan was "imported", counted back from the demo's start, so the SLA
// clocks have run and the demo shows every state on the day it starts. Fixed offsets rather than a
// date a plan states (seed 002 says "Generated: 2026-01-23"): a calendar date would make the demo
// depend on the day it is started. With seed 002's policy (P0 24 h, P1 2 weeks, P2 6 weeks, P3 13
// weeks) and the 20% at-risk share this gives: health-todos P0–P2 overdue, P3 at risk (7 days left);
// project-backlog P0–P1 overdue, P2 at risk (7 days left), P3 on track; refinements P1–P2 overdue,
// P3 on track. The untriaged plans only date their items.
export const DEMO_PROJECTS = [
  { slug: "platform-refactor", name: "Platform refactoring checklist", file: "000_a0a50574bb875801.txt", importedDaysAgo: 70 },
  { slug: "project-backlog", name: "Project backlog", file: "001_0a30bf69f9c96dff.txt", importedDaysAgo: 35 },
  { slug: "health-todos", name: "Optimization & health TODOs", file: "002_ffc60b89eeec65e0.txt", importedDaysAgo: 84 },
  { slug: "architecture-plan", name: "Architecture improvement plan", file: "003_1d45a22e22206bb9.txt", importedDaysAgo: 14 },
  { slug: "refinements", name: "Additional refinements", file: "004_04cd00e10d707829.txt", importedDaysAgo: 56 },
] as const;
