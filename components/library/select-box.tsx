"use client";

import { Check } from "lucide-react";
import { cn } from "@/components/ui/cn";

/**
 * A photo's selection checkbox: a real checkbox (space toggles it, screen readers name it), drawn as
 * a round tick. Only the focused photo's box is in the tab order; arrow keys move between them.
 */
export function SelectBox({
  index,
  label,
  selected,
  focusable,
  onToggle,
  className,
}: {
  index: number;
  label: string;
  selected: boolean;
  focusable: boolean;
  onToggle: (index: number, range: boolean) => void;
  className?: string;
}) {
  return (
    <span className={cn("relative inline-flex size-6 shrink-0", className)}>
      <input
        type="checkbox"
        data-select-index={index}
        aria-label={`Select ${label}`}
        checked={selected}
        tabIndex={focusable ? 0 : -1}
        // React reports a checkbox's change from its click, so the click's shift key is there.
        onChange={(event) => onToggle(index, (event.nativeEvent as MouseEvent).shiftKey === true)}
        className="peer absolute inset-0 z-10 size-full cursor-pointer opacity-0"
      />
      <span
        aria-hidden
        className={cn(
          "flex size-6 items-center justify-center rounded-full ring-2 transition-colors",
          "peer-focus-visible:outline-brand-500 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2",
          selected
            ? "bg-brand-600 text-white ring-white"
            : "bg-white/80 text-transparent ring-zinc-400/80 backdrop-blur-sm",
        )}
      >
        <Check className="size-3.5" strokeWidth={3} />
      </span>
    </span>
  );
}
