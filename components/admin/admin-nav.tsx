"use client";

import {
  Bell,
  GalleryHorizontalEnd,
  Images,
  ScrollText,
  Settings,
  ShieldCheck,
  UsersRound,
  Workflow,
  type LucideIcon,
} from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { activeNavHref } from "./active-nav-href";

interface NavItem {
  href: string;
  label: string;
  icon: LucideIcon;
  /** Shown to owners and admins only. */
  managers?: boolean;
}

const SECTIONS: { label: string; items: NavItem[] }[] = [
  {
    label: "Content",
    items: [
      { href: "/admin/models", label: "Models", icon: UsersRound },
      { href: "/admin/library", label: "Library", icon: Images },
      { href: "/admin/moderation", label: "Moderation", icon: ShieldCheck },
      { href: "/admin/galleries", label: "Galleries", icon: GalleryHorizontalEnd },
    ],
  },
  {
    label: "Workspace",
    items: [
      { href: "/admin/notifications", label: "Notifications", icon: Bell },
      { href: "/admin/audit", label: "Audit log", icon: ScrollText, managers: true },
      { href: "/admin/jobs", label: "Jobs", icon: Workflow, managers: true },
      { href: "/admin/settings", label: "Settings", icon: Settings },
    ],
  },
];

/** The sidebar links; the current section is marked for sighted users and screen readers alike. */
export function AdminNav({ isManager, onNavigate }: { isManager: boolean; onNavigate?: () => void }) {
  const pathname = usePathname();
  const hrefs = SECTIONS.flatMap((section) => section.items.map((item) => item.href));
  const activeHref = activeNavHref(pathname, hrefs);
  return (
    <nav aria-label="Main" className="space-y-6">
      {SECTIONS.map((section) => (
        <div key={section.label}>
          <p className="px-3 pb-1.5 text-[11px] font-semibold tracking-wider text-zinc-500 uppercase">
            {section.label}
          </p>
          <ul className="space-y-0.5">
            {section.items
              .filter((item) => isManager || !item.managers)
              .map(({ href, label, icon: Icon }) => {
                const active = href === activeHref;
                return (
                  <li key={href}>
                    <Link
                      href={href}
                      onClick={onNavigate}
                      aria-current={active ? "page" : undefined}
                      className={cn(
                        "group relative flex items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium transition-colors",
                        active
                          ? "bg-zinc-900/[0.06] text-zinc-950"
                          : "text-zinc-600 hover:bg-zinc-900/[0.04] hover:text-zinc-900",
                      )}
                    >
                      {active && (
                        <span
                          aria-hidden
                          className="bg-brand-500 absolute inset-y-1.5 -left-3 w-1 rounded-r-full"
                        />
                      )}
                      <Icon
                        className={cn(
                          "size-[18px] shrink-0",
                          active ? "text-brand-600" : "text-zinc-400 group-hover:text-zinc-600",
                        )}
                        aria-hidden
                        strokeWidth={1.9}
                      />
                      {label}
                    </Link>
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
