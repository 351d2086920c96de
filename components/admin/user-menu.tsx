import { ChevronsUpDown, LogOut } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { StaffUser } from "@/lib/auth/staff-user";
import { ROLE_LABELS } from "@/lib/auth/roles";

function initials(name: string) {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? "") + (parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : "")).toUpperCase() || "?";
}

/** The signed-in user with a menu (native popover: Escape and outside clicks close it) to sign out. */
export function UserMenu({ user, signOutAction }: { user: StaffUser; signOutAction: () => Promise<void> }) {
  return (
    <div className="relative">
      <button
        type="button"
        popoverTarget="user-menu"
        className="flex w-full items-center gap-3 rounded-lg px-2 py-2 text-left transition-colors hover:bg-zinc-900/[0.04]"
      >
        <span
          aria-hidden
          className="flex size-8 shrink-0 items-center justify-center rounded-full bg-zinc-900 text-xs font-semibold text-white"
        >
          {initials(user.name)}
        </span>
        <span className="min-w-0 flex-1">
          <span className="block truncate text-sm font-medium text-zinc-900">{user.name}</span>
          <span className="block truncate text-xs text-zinc-500">{user.email}</span>
        </span>
        <ChevronsUpDown className="size-4 shrink-0 text-zinc-400" aria-hidden />
        <span className="sr-only">Open the account menu</span>
      </button>
      <div
        id="user-menu"
        popover="auto"
        className="user-menu m-0 w-60 rounded-xl border border-zinc-200 bg-white p-1.5 text-zinc-900 shadow-lg"
      >
        <div className="px-2.5 py-2">
          <p className="truncate text-sm font-medium">{user.name}</p>
          <p className="truncate text-xs text-zinc-500">{user.email}</p>
          <Badge tone={user.role === "OWNER" || user.role === "ADMIN" ? "brand" : "neutral"} className="mt-2">
            {ROLE_LABELS[user.role]}
          </Badge>
        </div>
        <div className="my-1 h-px bg-zinc-100" />
        <form action={signOutAction}>
          <button
            type="submit"
            className="flex w-full items-center gap-2.5 rounded-lg px-2.5 py-2 text-sm text-zinc-700 hover:bg-zinc-100 hover:text-zinc-950"
          >
            <LogOut className="size-4 text-zinc-400" aria-hidden />
            Sign out
          </button>
        </form>
      </div>
    </div>
  );
}
