"use client";

import { Ban, ImageIcon, Type, type LucideIcon } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { Label } from "@/components/ui/label";
import { POSITION_LABELS, type WatermarkKind, type WatermarkPosition } from "./watermark-placement";

const KINDS: { value: WatermarkKind; label: string; description: string; icon: LucideIcon }[] = [
  { value: "NONE", label: "None", description: "Public files stay clean", icon: Ban },
  { value: "TEXT", label: "Text", description: "White, softly outlined", icon: Type },
  { value: "LOGO", label: "Logo", description: "An image of yours", icon: ImageIcon },
];

/** Which kind of mark: three radio tiles. Arrow keys move between them, as in any radio group. */
export function KindPicker({
  value,
  onChange,
  disabled,
}: {
  value: WatermarkKind;
  onChange: (kind: WatermarkKind) => void;
  disabled?: boolean;
}) {
  return (
    <fieldset disabled={disabled}>
      <legend className="text-sm font-medium text-zinc-800">Watermark</legend>
      <div className="mt-2 grid grid-cols-3 gap-2 sm:gap-3">
        {KINDS.map(({ value: kind, label, description, icon: Icon }) => (
          <label
            key={kind}
            className={cn(
              "relative flex cursor-pointer flex-col gap-1 rounded-lg p-3 ring-1 transition-colors ring-inset",
              "has-[:focus-visible]:outline-brand-500 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2",
              "has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-60",
              value === kind
                ? "bg-zinc-900 text-white ring-zinc-900"
                : "bg-white text-zinc-800 ring-zinc-300 hover:bg-zinc-50",
            )}
          >
            <input
              type="radio"
              name="watermark-kind"
              value={kind}
              checked={value === kind}
              onChange={() => onChange(kind)}
              className="sr-only"
            />
            <span className="flex items-center gap-2 text-sm font-medium">
              <Icon className="size-4 shrink-0" aria-hidden />
              {label}
            </span>
            <span className={cn("text-xs leading-4", value === kind ? "text-zinc-300" : "text-zinc-500")}>
              {description}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const SPOTS: { value: WatermarkPosition; className: string }[] = [
  { value: "TOP_LEFT", className: "top-2 left-2" },
  { value: "TOP_RIGHT", className: "top-2 right-2" },
  { value: "CENTER", className: "top-1/2 left-1/2 -translate-x-1/2 -translate-y-1/2" },
  { value: "BOTTOM_LEFT", className: "bottom-2 left-2" },
  { value: "BOTTOM_RIGHT", className: "bottom-2 right-2" },
];

/** The five positions as spots on a small frame, each a real radio button named for screen readers. */
export function PositionPicker({
  value,
  onChange,
  disabled,
}: {
  value: WatermarkPosition;
  onChange: (position: WatermarkPosition) => void;
  disabled?: boolean;
}) {
  return (
    <fieldset disabled={disabled} className="group">
      <legend className="text-sm font-medium text-zinc-800">Position</legend>
      <div className="mt-2 flex items-center gap-4">
        <div className="relative aspect-[3/2] w-40 shrink-0 rounded-lg bg-gradient-to-br from-zinc-100 to-zinc-200 ring-1 ring-zinc-300 ring-inset">
          {SPOTS.map(({ value: position, className }) => (
            <label
              key={position}
              title={POSITION_LABELS[position]}
              className={cn(
                "absolute flex h-7 w-9 cursor-pointer items-center justify-center rounded-md transition-colors",
                "has-[:focus-visible]:outline-brand-500 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1",
                "group-disabled:cursor-not-allowed",
                value === position ? "bg-zinc-900 shadow-sm" : "hover:bg-white/80",
                className,
              )}
            >
              <input
                type="radio"
                name="watermark-position"
                value={position}
                checked={value === position}
                onChange={() => onChange(position)}
                className="sr-only"
              />
              <span className="sr-only">{POSITION_LABELS[position]}</span>
              <span
                aria-hidden
                className={cn("h-1.5 w-5 rounded-full", value === position ? "bg-white" : "bg-zinc-400")}
              />
            </label>
          ))}
        </div>
        <p className="text-sm text-zinc-600" aria-hidden>
          {POSITION_LABELS[value]}
        </p>
      </div>
    </fieldset>
  );
}

/** A labelled slider with its value shown beside the label and read out as words. */
export function RangeField({
  id,
  label,
  value,
  min,
  max,
  step,
  format,
  onChange,
  hint,
  disabled,
}: {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  format: (value: number) => string;
  onChange: (value: number) => void;
  hint?: string;
  disabled?: boolean;
}) {
  return (
    <div>
      <div className="flex items-baseline justify-between gap-4">
        <Label htmlFor={id}>{label}</Label>
        <output htmlFor={id} className="text-sm font-medium text-zinc-600 tabular-nums">
          {format(value)}
        </output>
      </div>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={Math.min(max, Math.max(min, value))}
        onChange={(event) => onChange(Number(event.target.value))}
        aria-valuetext={format(value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        disabled={disabled}
        className="mt-2 block h-5 w-full cursor-pointer accent-zinc-900 disabled:cursor-not-allowed disabled:opacity-50"
      />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-[13px] text-zinc-500">
          {hint}
        </p>
      )}
    </div>
  );
}
