import { GeistMono, GeistSans } from "./fonts";
import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { viewerTimeZone } from "@/lib/account/viewer-zone";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Health Backlog", template: "%s · Health Backlog" },
  description: "Engineering-health backlog, SLAs, runbooks and metrics for your team.",
  // The files are in public/ (scripts/make-icons.ts draws the PNGs and the ICO from the SVG's shapes).
  icons: {
    icon: [
      // 32x32, not "any": a browser that reads SVG icons then prefers the sharp one.
      { url: "/favicon.ico", sizes: "32x32" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-touch-icon.png",
  },
  manifest: "/manifest.webmanifest",
  // A team's own instance: kept out of search engines (public/robots.txt says so to crawlers too).
  robots: { index: false, follow: false },
};

// Reading the request makes every page dynamic, as the per-request CSP nonce requires (a page
// prerendered at build time, like the 404, would carry no nonce and its scripts would be blocked).
export default async function RootLayout({ children }: { children: ReactNode }) {
  // Set by proxy.ts; the theme script next-themes inlines must carry it to run.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  // Every time on every page is printed in the reader's zone, on the server already.
  const zone = await viewerTimeZone();
  return (
    <html lang="en" suppressHydrationWarning className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="min-h-screen font-sans antialiased">
        <Providers nonce={nonce} zone={zone}>
          {children}
        </Providers>
      </body>
    </html>
  );
}
