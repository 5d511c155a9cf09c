import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { IslandScript } from "@/components/island-script";
import { SiteHeader } from "@/components/site-header";
import { builtContentVersion } from "@/lib/content/built";
import { PALETTE_MODULE_ATTR } from "@/lib/site/dom";
import { islandPath } from "@/lib/site/islands";
import { withBasePath } from "@/lib/site/paths";
import { CONTENT_VERSION_ATTR } from "@/lib/site/preview";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Error knowledge base", template: "%s · Error knowledge base" },
  description: "Paste an error message or log and get the documented fix.",
  // The icons are files in public/; Next.js does not prefix metadata URLs with the base path.
  icons: {
    icon: [
      { url: withBasePath("/favicon.ico"), sizes: "16x16 32x32" },
      { url: withBasePath("/icon.svg"), type: "image/svg+xml" },
    ],
    apple: withBasePath("/apple-touch-icon.png"),
  },
  manifest: withBasePath("/site.webmanifest"),
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

/**
 * `npm run dev` (the preview) renders pages on request; `next build` never runs in development,
 * so nothing of the preview reaches an export.
 */
const PREVIEW = process.env.NODE_ENV === "development";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body
        className="min-h-screen font-sans antialiased"
        {...{ [PALETTE_MODULE_ATTR]: withBasePath(islandPath("palette")) }}
        {...(PREVIEW ? { [CONTENT_VERSION_ATTR]: builtContentVersion() } : {})}
      >
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-black"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
        <footer className="no-print mx-auto max-w-5xl border-t border-slate-200 px-4 py-6 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
          Pasted text stays in your browser: the lookup runs entirely on this page.
        </footer>
        <IslandScript name="keyboard-shortcuts" />
        {PREVIEW ? <IslandScript name="preview" /> : null}
      </body>
    </html>
  );
}
