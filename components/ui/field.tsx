import { cloneElement, isValidElement, type ReactElement, type ReactNode } from "react";
import { Label } from "./label";

interface ControlProps {
  id?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}

export interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  /** Set false when the child wires `id` and aria attributes onto its own inner control. */
  wire?: boolean;
  /** One input, textarea or select; it receives the id and the aria wiring. */
  children: ReactElement<ControlProps>;
}

/** A labelled control with its hint and error message, wired for screen readers. */
export function Field({ id, label, hint, error, optional, wire = true, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  const control =
    wire && isValidElement(children)
      ? cloneElement(children, {
          id,
          "aria-invalid": error ? true : undefined,
          "aria-describedby": describedBy,
        })
      : children;
  return (
    <div className="space-y-1.5">
      <div className="flex items-baseline justify-between gap-4">
        <Label htmlFor={id}>{label}</Label>
        {optional && <span className="text-xs text-zinc-500">Optional</span>}
      </div>
      {control}
      {error ? (
        <p id={errorId} className="text-[13px] font-medium text-red-600">
          {error}
        </p>
      ) : hint ? (
        <p id={hintId} className="text-[13px] text-zinc-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
