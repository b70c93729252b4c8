// One week of the dashboard's backlog progress (progress-queries.ts), counted by priority.

export const PRIORITY_KEYS = ["P0", "P1", "P2", "P3", "untriaged"] as const;
export type PriorityKey = (typeof PRIORITY_KEYS)[number];
export type ByPriority = Record<PriorityKey, number>;
export type ProgressWeek = { weekStart: string; open: ByPriority; done: ByPriority };
