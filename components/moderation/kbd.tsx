import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/** A key on the keyboard, as shortcut hints show it; `inverted` sits on a dark button. */
export function Kbd({
  children,
  className,
  inverted = false,
}: {
  children: ReactNode;
  className?: string;
  inverted?: boolean;
}) {
  return (
    <kbd
      className={cn(
        "inline-flex h-5 min-w-5 items-center justify-center rounded px-1 font-sans text-[11px] font-medium",
        inverted
          ? "border border-white/30 bg-white/15 text-white"
          : "border border-zinc-300 bg-white text-zinc-600 shadow-[0_1px_0_0] shadow-zinc-300",
        className,
      )}
    >
      {children}
    </kbd>
  );
}
