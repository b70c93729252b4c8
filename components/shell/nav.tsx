"use client";

import { Activity, BookOpen, Grid2x2, Inbox, LayoutDashboard, ListTodo, Shield, Upload, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/cn";
import { sectionOf } from "@/lib/routing/page-manifest";
import type { NavItem } from "./nav-items";

const ICONS: Record<string, LucideIcon> = {
  "layout-dashboard": LayoutDashboard,
  "list-todo": ListTodo,
  inbox: Inbox,
  "grid-2x2": Grid2x2,
  "book-open": BookOpen,
  activity: Activity,
  upload: Upload,
  shield: Shield,
};

function isActive(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : sectionOf(pathname) === sectionOf(href);
}

export function Nav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex flex-col gap-0.5">
      {items.map((item) => {
        const Icon = ICONS[item.icon] ?? LayoutDashboard;
        const active = isActive(pathname, item.page);
        return (
          <Link
            key={item.page}
            href={item.page}
            aria-current={active ? "page" : undefined}
            className={cn(
              "flex items-center gap-2.5 rounded-md px-2.5 py-1.5 text-sm text-muted-foreground hover:bg-muted hover:text-foreground",
              active && "bg-muted font-medium text-foreground",
            )}
          >
            <Icon className="size-4" aria-hidden />
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
