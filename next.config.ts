import type { NextConfig } from "next";
import { storedPageHeaders, storedPageRewrites } from "./lib/gallery/public/public-page-routing";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  {
    key: "Content-Security-Policy",
    value: [
      "default-src 'self'",
      // Next.js inlines its bootstrap scripts and style tags.
      "script-src 'self' 'unsafe-inline'" + (process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""),
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob: https://utfs.io https://*.ufs.sh",
      "font-src 'self'",
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "object-src 'none'",
    ].join("; "),
  },
];

const nextConfig: NextConfig = {
  // Separate build folders let tests and benchmarks build beside a running dev server.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // `forbidden()`: admin pages a role may not open answer 403 with app/(admin)/admin/forbidden.tsx.
  experimental: { authInterrupts: true },
  // sharp, the Prisma adapter and the wasm classifier stay plain Node modules on the server.
  // exifr too: bundled, it cannot load `fs` ("Couldn't load fs") and reads no metadata at all.
  serverExternalPackages: [
    "sharp",
    "@node-rs/argon2",
    "mariadb",
    "heic-decode",
    "libheif-js",
    "@tensorflow/tfjs",
    "@tensorflow/tfjs-backend-wasm",
    "nsfwjs",
    "exifr",
  ],
  // Public gallery pages are also stored compressed (app/(public)/assets/pages): a browser that
  // accepts brotli or gzip is served those bytes as they are, instead of Next compressing 100 KB of
  // HTML again on every request. `afterFiles`: the app's own routes match first.
  async rewrites() {
    return { beforeFiles: [], afterFiles: storedPageRewrites(), fallback: [] };
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }, ...storedPageHeaders()];
  },
};

export default nextConfig;
