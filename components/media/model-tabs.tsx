import { CopyCheck, Images, Stamp, UserRound, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { cn } from "@/components/ui/cn";

type TabKey = "profile" | "library" | "duplicates" | "watermark";

const TABS: { key: TabKey; label: string; icon: LucideIcon; path: string }[] = [
  { key: "profile", label: "Profile", icon: UserRound, path: "" },
  { key: "library", label: "Library", icon: Images, path: "/library" },
  { key: "duplicates", label: "Duplicates", icon: CopyCheck, path: "/library/duplicates" },
  { key: "watermark", label: "Watermark", icon: Stamp, path: "/watermark" },
];

/** The sections of one model's admin pages, as a row of tabs under the page title. */
export function ModelTabs({ slug, current }: { slug: string; current: (typeof TABS)[number]["key"] }) {
  return (
    <nav aria-label="Model sections" className="-mt-3 mb-8 border-b border-zinc-200">
      <ul className="-mb-px flex gap-6 overflow-x-auto">
        {TABS.map(({ key, label, icon: Icon, path }) => {
          const active = key === current;
          return (
            <li key={key}>
              <Link
                href={`/admin/models/${encodeURIComponent(slug)}${path}`}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex items-center gap-2 border-b-2 px-0.5 pt-1 pb-3 text-sm font-medium whitespace-nowrap transition-colors",
                  active
                    ? "border-zinc-900 text-zinc-900"
                    : "border-transparent text-zinc-500 hover:border-zinc-300 hover:text-zinc-800",
                )}
              >
                <Icon className="size-4" aria-hidden />
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
