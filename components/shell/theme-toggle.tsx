"use client";

import { Monitor, Moon, Sun } from "lucide-react";
import { useTheme } from "next-themes";
import { useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

const order = ["light", "dark", "system"] as const;
const icons = { light: Sun, dark: Moon, system: Monitor };
const subscribe = () => () => {};

/** The theme in use and the one after it in light → dark → system (the toggle and the palette's action). */
export function useThemeCycle() {
  const { theme, setTheme } = useTheme();
  // The theme is only known in the browser: render a stable placeholder on the server.
  const mounted = useSyncExternalStore(subscribe, () => true, () => false);
  const current = (mounted && order.includes(theme as never) ? theme : "system") as (typeof order)[number];
  const next = order[(order.indexOf(current) + 1) % order.length]!;
  return { current, next, cycle: () => setTheme(next) };
}

/** Cycles light → dark → system; the label says what a click will do. */
export function ThemeToggle() {
  const { current, next, cycle } = useThemeCycle();
  const Icon = icons[current];
  return (
    <Button variant="ghost" size="sm" aria-label={`Theme: ${current}. Switch to ${next}`} title={`Theme: ${current}`} onClick={cycle}>
      <Icon className="size-4" aria-hidden />
    </Button>
  );
}
