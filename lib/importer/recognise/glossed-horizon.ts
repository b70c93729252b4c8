// A heading in one language glossed by a horizon in another ("Lazima kabla ya Septemba (Must have)") ranks by its gloss.

/**
 * The text of a heading's closing parenthesis when it is the heading's last thing and short (a gloss,
 * one to three words): "Inafaa (Should have)" → "Should have". The caller decides whether it is a horizon.
 */
export function trailingGloss(heading: string): string | null {
  const t = heading.trimEnd();
  const close = t.at(-1);
  if (close !== ")" && close !== "）") return null;
  const open = Math.max(t.lastIndexOf("("), t.lastIndexOf("（"));
  // Something must come before the gloss: a heading that is only "(Must have)" is read as it stands.
  if (open <= 0 || !/[\p{L}\p{N}]/u.test(t.slice(0, open))) return null;
  const inner = t.slice(open + 1, -1).trim();
  if (!inner || /[()（）]/.test(inner) || inner.split(/\s+/).length > 3) return null;
  return inner;
}
