import "server-only";
import { revalidatePath } from "next/cache";

/** What shows a metric's values must redraw after new ones arrive. */
export function afterPointsRecorded() {
  revalidatePath("/metrics", "layout");
  revalidatePath("/");
}
