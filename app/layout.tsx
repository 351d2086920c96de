import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "phoenix4ge", template: "%s · phoenix4ge" },
  description: "Model portfolios and galleries.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans text-zinc-900">{children}</body>
    </html>
  );
}
