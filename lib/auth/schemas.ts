import { z } from "zod";
import { withLabels } from "@/lib/validation/labels";
import { text } from "@/lib/validation/text";
import { safeInAppPath } from "./safe-path";

/** A post-sign-in destination: a same-site path (./safe-path.ts), anything else (or too long) becomes "/". */
export const safeNextPath = z.unknown().optional().transform((v) => safeInAppPath(v));

export const signInSchema = withLabels(z.object({
  email: text().trim().toLowerCase().max(254, "at most 254 characters").pipe(z.email("Enter a valid email address")),
  password: text().min(1, "Enter your password").max(1024, "at most 1024 characters"),
  next: safeNextPath,
}), { email: "Email", password: "Password" });
