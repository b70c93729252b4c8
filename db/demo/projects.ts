// The five real plans the product is built for, one demo project each (files in ./seeds, byte for byte).
export const DEMO_PROJECTS = [
  { slug: "platform-refactor", name: "Platform refactoring checklist", file: "000_a0a50574bb875801.txt" },
  { slug: "project-backlog", name: "Project backlog", file: "001_0a30bf69f9c96dff.txt" },
  { slug: "health-todos", name: "Optimization & health TODOs", file: "002_ffc60b89eeec65e0.txt" },
  { slug: "architecture-plan", name: "Architecture improvement plan", file: "003_1d45a22e22206bb9.txt" },
  { slug: "refinements", name: "Additional refinements", file: "004_04cd00e10d707829.txt" },
] as const;
