import { z } from "zod";
import { hasNul, text } from "@/lib/validation/text";

/** A post-sign-in destination: only same-site paths, never "//host" or a full URL. */
export const safeNextPath = z
  .string()
  .max(2000)
  .optional()
  .transform((v) => (v && v.startsWith("/") && !v.startsWith("//") && !v.startsWith("/\\") && !hasNul(v) ? v : "/"));

export const signInSchema = z.object({
  email: text().trim().toLowerCase().max(254).pipe(z.email("Enter a valid email address")),
  password: text().min(1, "Enter your password").max(1024),
  next: safeNextPath,
});
