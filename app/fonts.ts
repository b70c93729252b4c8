import localFont from "next/font/local";

// The Geist faces, as the `geist` package declares them (geist/font/sans and /mono) but with
// `display: "optional"`: a face that has not arrived by first paint is not swapped in later (the
// page keeps the fallback until the next visit, when it is cached), so a first visit never
// reflows its text when the font lands. Swapping moved a cold /login by 0.08 and the palette's
// key hint by a hair: layout shift must be 0 on every page (e2e/viewports.spec.ts).

export const GeistSans = localFont({
  src: "../node_modules/geist/dist/fonts/geist-sans/Geist-Variable.woff2",
  variable: "--font-geist-sans",
  weight: "100 900",
  display: "optional",
});

export const GeistMono = localFont({
  src: "../node_modules/geist/dist/fonts/geist-mono/GeistMono-Variable.woff2",
  variable: "--font-geist-mono",
  weight: "100 900",
  display: "optional",
  adjustFontFallback: false,
  fallback: ["ui-monospace", "SFMono-Regular", "Roboto Mono", "Menlo", "Monaco", "Liberation Mono", "DejaVu Sans Mono", "Courier New", "monospace"],
});
