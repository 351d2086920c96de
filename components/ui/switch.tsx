import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

export interface SwitchProps extends Omit<ComponentProps<"input">, "type"> {
  label: ReactNode;
  description?: ReactNode;
}

/** A checkbox drawn as a toggle, with its label and an optional description. */
export function Switch({ label, description, className, id, ...props }: SwitchProps) {
  return (
    <label htmlFor={id} className={cn("group flex cursor-pointer items-start gap-3", className)}>
      <input id={id} type="checkbox" role="switch" className="peer sr-only" {...props} />
      <span
        aria-hidden
        className={cn(
          "relative mt-0.5 inline-flex h-5 w-9 shrink-0 rounded-full bg-zinc-300 transition-colors",
          "peer-focus-visible:outline-brand-500 peer-checked:bg-emerald-600 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2",
          "peer-disabled:opacity-50",
          "after:absolute after:top-0.5 after:left-0.5 after:size-4 after:rounded-full after:bg-white after:shadow-sm after:transition-transform",
          "peer-checked:after:translate-x-4",
        )}
      />
      <span className="text-sm">
        <span className="block font-medium text-zinc-800">{label}</span>
        {description && <span className="mt-0.5 block text-zinc-500">{description}</span>}
      </span>
    </label>
  );
}
