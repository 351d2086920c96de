import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "./cn";

export interface EmptyStateProps {
  icon: LucideIcon;
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
  className?: string;
}

/** A friendly placeholder for a list with nothing in it yet, or a section still to come. */
export function EmptyState({ icon: Icon, title, description, action, className }: EmptyStateProps) {
  return (
    <div
      className={cn(
        "flex flex-col items-center justify-center rounded-xl border border-dashed border-zinc-300 bg-white px-6 py-14 text-center",
        className,
      )}
    >
      <div className="flex size-12 items-center justify-center rounded-xl bg-zinc-50 ring-1 ring-zinc-200">
        <Icon className="size-6 text-zinc-500" aria-hidden strokeWidth={1.75} />
      </div>
      <h2 className="mt-4 text-base font-semibold text-zinc-900">{title}</h2>
      {description && (
        <p className="mt-1.5 max-w-md text-sm leading-6 text-balance text-zinc-500">{description}</p>
      )}
      {action && <div className="mt-6">{action}</div>}
    </div>
  );
}
