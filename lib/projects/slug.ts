import { z } from "zod";
import { PROJECT_SLUG } from "./slug-pattern";

// A project's slug is typed by whoever creates the project (import page, CLI), never derived from
// its name, and this one pattern checks it wherever a slug comes in: the import (schema and
// service), the export route, the backlog's ?project= filter and the layout's existence check.
// It has been the same since the first version, so every stored slug matches it.

export { PROJECT_SLUG };

export const projectSlugSchema = z.string().trim().regex(PROJECT_SLUG, "Use lower-case letters, digits and dashes, e.g. health-todos");
