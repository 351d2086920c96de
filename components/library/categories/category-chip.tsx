import { X } from "lucide-react";
import { cn } from "@/components/ui/cn";
import type { CategoryRef } from "../library-types";

/** The category's colour as a dot; the name beside it carries the meaning. */
export function CategoryDot({ color, className }: { color: string; className?: string }) {
  return (
    <span
      aria-hidden
      className={cn("inline-block size-2.5 shrink-0 rounded-full ring-1 ring-black/10", className)}
      style={{ backgroundColor: color }}
    />
  );
}

/** A category as a small chip: its colour dot and name, with a remove button when `onRemove` is given. */
export function CategoryChip({
  category,
  onRemove,
  className,
}: {
  category: Pick<CategoryRef, "name" | "color">;
  onRemove?: () => void;
  className?: string;
}) {
  return (
    <span
      className={cn(
        "inline-flex max-w-full items-center gap-1.5 rounded-full bg-white py-0.5 pl-2 text-xs font-medium text-zinc-800 ring-1 ring-zinc-300 ring-inset",
        onRemove ? "pr-0.5" : "pr-2.5",
        className,
      )}
    >
      <CategoryDot color={category.color} />
      <span className="truncate">{category.name}</span>
      {onRemove && (
        <button
          type="button"
          onClick={onRemove}
          aria-label={`Remove the category ${category.name}`}
          className="focus-visible:outline-brand-500 rounded-full p-0.5 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-800 focus-visible:outline-2"
        >
          <X className="size-3.5" aria-hidden />
        </button>
      )}
    </span>
  );
}
