import { sql } from "drizzle-orm";
import { runbooks } from "@/db/schema";

/** When the next review falls due: one interval after the last review, or after creation if never reviewed. */
export const reviewDueSql = sql<Date>`coalesce(${runbooks.lastReviewedAt}, ${runbooks.createdAt}) + make_interval(days => ${runbooks.reviewIntervalDays})`;
