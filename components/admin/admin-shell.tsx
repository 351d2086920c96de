"use client";

import { Menu, X } from "lucide-react";
import { usePathname } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
import { Toaster } from "sonner";
import { cn } from "@/components/ui/cn";
import { AdminNav } from "./admin-nav";
import { BrandMark } from "./brand-mark";

/**
 * The dashboard frame: a fixed sidebar on wide screens that slides in over the page on narrow ones,
 * the skip link and the toast outlet.
 */
export function AdminShell({
  isManager,
  userMenu,
  children,
}: {
  isManager: boolean;
  userMenu: ReactNode;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();

  // A navigation (including back and forward) closes the mobile menu.
  const [shownPath, setShownPath] = useState(pathname);
  if (pathname !== shownPath) {
    setShownPath(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && setOpen(false);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <div className="min-h-dvh bg-zinc-50">
      <a
        href="#main"
        className="sr-only z-50 rounded-lg bg-zinc-900 px-4 py-2 text-sm font-medium text-white focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
      >
        Skip to content
      </a>

      <div className="sticky top-0 z-20 flex h-14 items-center gap-3 border-b border-zinc-200/80 bg-white/90 px-4 backdrop-blur lg:hidden">
        <button
          type="button"
          onClick={() => setOpen(true)}
          className="-ml-1.5 rounded-lg p-1.5 text-zinc-600 hover:bg-zinc-100"
          aria-label="Open menu"
          aria-expanded={open}
          aria-controls="sidebar"
        >
          <Menu className="size-5" aria-hidden />
        </button>
        <BrandMark />
      </div>

      <div
        aria-hidden
        onClick={() => setOpen(false)}
        className={cn(
          "fixed inset-0 z-30 bg-zinc-950/40 transition-opacity lg:hidden",
          open ? "opacity-100" : "pointer-events-none opacity-0",
        )}
      />

      <aside
        id="sidebar"
        className={cn(
          "fixed inset-y-0 left-0 z-40 flex w-64 flex-col border-r border-zinc-200/80 bg-white transition-[translate,visibility] duration-200",
          "lg:visible lg:translate-x-0",
          open ? "visible translate-x-0 shadow-xl" : "invisible -translate-x-full",
        )}
      >
        <div className="flex h-16 shrink-0 items-center justify-between px-5">
          <BrandMark />
          <button
            type="button"
            onClick={() => setOpen(false)}
            className="-mr-1.5 rounded-lg p-1.5 text-zinc-500 hover:bg-zinc-100 lg:hidden"
            aria-label="Close menu"
          >
            <X className="size-5" aria-hidden />
          </button>
        </div>
        <div className="flex-1 overflow-y-auto px-3 py-4">
          <AdminNav isManager={isManager} onNavigate={() => setOpen(false)} />
        </div>
        <div className="border-t border-zinc-200/80 p-3">{userMenu}</div>
      </aside>

      <main id="main" tabIndex={-1} className="outline-none lg:pl-64">
        <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:px-10 lg:py-10">{children}</div>
      </main>

      <Toaster position="top-right" richColors closeButton />
    </div>
  );
}
