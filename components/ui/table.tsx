import type { ComponentProps } from "react";
import { cn } from "./cn";

/**
 * A bordered card around a table that scrolls sideways on narrow screens; `fit` drops the minimum
 * width for tables that hide their own secondary columns on phones.
 */
export function Table({
  className,
  children,
  fit = false,
  ...props
}: ComponentProps<"table"> & { fit?: boolean }) {
  return (
    // Focusable, so a keyboard can scroll a table too wide for a phone even when it holds no links.
    <div
      tabIndex={fit ? undefined : 0}
      role={!fit && props["aria-label"] ? "region" : undefined}
      aria-label={fit ? undefined : props["aria-label"]}
      // `relative`: screen-reader-only labels (absolutely placed) stay inside the scroll area, not the page.
      className="relative overflow-x-auto rounded-xl border border-zinc-200 bg-white shadow-xs"
    >
      <table
        className={cn("w-full border-collapse text-left text-sm", !fit && "min-w-[36rem]", className)}
        {...props}
      >
        {children}
      </table>
    </div>
  );
}

export function THead({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cn("border-b border-zinc-200 bg-zinc-50/70", className)} {...props} />;
}

export function TBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cn("divide-y divide-zinc-100", className)} {...props} />;
}

export function TR({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn("transition-colors hover:bg-zinc-50/60", className)} {...props} />;
}

export function TH({ className, ...props }: ComponentProps<"th">) {
  return (
    <th
      scope="col"
      className={cn(
        "px-4 py-2.5 text-xs font-medium tracking-wide text-zinc-500 uppercase first:pl-5 last:pr-5",
        className,
      )}
      {...props}
    />
  );
}

export function TD({ className, ...props }: ComponentProps<"td">) {
  return (
    <td className={cn("px-4 py-3 align-middle text-zinc-700 first:pl-5 last:pr-5", className)} {...props} />
  );
}
