import type { ComponentProps } from "react";
import { cn } from "./cn";

/** Shared look of text inputs, textareas and selects: a ring that turns brand on focus, red when invalid. */
export const controlClasses = cn(
  "block w-full rounded-lg border-0 bg-white px-3 text-sm text-zinc-900 shadow-xs",
  "ring-1 ring-zinc-300 ring-inset placeholder:text-zinc-500",
  "focus:ring-2 focus:ring-brand-500 focus:outline-none focus-visible:outline-none",
  "aria-invalid:ring-red-400 aria-invalid:focus:ring-red-500",
  "disabled:cursor-not-allowed disabled:bg-zinc-50 disabled:text-zinc-500 read-only:bg-zinc-50",
);

/** `compact` fits tables and toolbars (32 px high instead of 40). */
export function Input({ className, compact, ...props }: ComponentProps<"input"> & { compact?: boolean }) {
  return (
    <input
      className={cn(controlClasses, compact ? "h-8 py-1 text-[13px]" : "h-10 py-2", className)}
      {...props}
    />
  );
}

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea className={cn(controlClasses, "min-h-28 py-2 leading-6", className)} {...props} />;
}

export function Select({ className, compact, ...props }: ComponentProps<"select"> & { compact?: boolean }) {
  return (
    <select
      className={cn(controlClasses, compact ? "h-8 py-1 pr-7 text-[13px]" : "h-10 py-2 pr-8", className)}
      {...props}
    />
  );
}
