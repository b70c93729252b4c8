"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { ThemeProvider } from "next-themes";
import { useState, type ReactNode } from "react";
import { Toaster } from "sonner";
import { TimeZoneProvider } from "@/components/time/time-zone";
import type { ViewerZone } from "@/lib/account/viewer-zone";

export function Providers({ children, nonce, zone }: { children: ReactNode; nonce?: string; zone: ViewerZone }) {
  // One client per browser tab; server data arrives as props, so a short stale time is enough.
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } }));
  return (
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange nonce={nonce}>
      <QueryClientProvider client={queryClient}>
        <TimeZoneProvider zone={zone.zone} chosen={zone.chosen}>
          {children}
        </TimeZoneProvider>
        <Toaster richColors closeButton position="bottom-right" />
      </QueryClientProvider>
    </ThemeProvider>
  );
}
