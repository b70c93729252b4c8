// The project slug pattern alone (no zod), for modules the browser loads; slug.ts has the schema.

/** A project's URL name: lower-case letters, digits and dashes. */
export const PROJECT_SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;
