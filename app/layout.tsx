import type { Metadata } from "next";
import { DEFAULT_SHARE_IMAGE, SITE_ICONS } from "@/components/gallery/site-icons";
import { siteOrigin } from "@/lib/gallery/public/site-origin";
import "./globals.css";

// A function, so the origin is read from APP_URL when pages render, not when the module loads.
export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(siteOrigin()),
    title: { default: "phoenix4ge", template: "%s · phoenix4ge" },
    description: "Model portfolios and galleries.",
    icons: {
      icon: [
        { url: SITE_ICONS.ico, sizes: "32x32" },
        { url: SITE_ICONS.svg, type: "image/svg+xml" },
      ],
      apple: [{ url: SITE_ICONS.apple, sizes: "180x180" }],
    },
    manifest: SITE_ICONS.manifest,
    openGraph: { siteName: "phoenix4ge", type: "website", images: [{ ...DEFAULT_SHARE_IMAGE }] },
    twitter: { card: "summary_large_image" },
  };
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans text-zinc-900">{children}</body>
    </html>
  );
}
