import { z } from "zod";

/** A project's URL name: lower-case letters, digits and dashes. */
export const PROJECT_SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

export const projectSlugSchema = z.string().trim().regex(PROJECT_SLUG, "Use lower-case letters, digits and dashes, e.g. health-todos");
