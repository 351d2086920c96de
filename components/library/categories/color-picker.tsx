"use client";

import { Check } from "lucide-react";
import { useId } from "react";
import { Input } from "@/components/ui/input";
import { CATEGORY_COLORS, HEX_COLOR } from "./category-colors";

/** A row of named swatches (a radio group) and a hex field for any other colour. */
export function ColorPicker({
  value,
  onChange,
  label,
  error,
}: {
  value: string;
  onChange: (hex: string) => void;
  label: string;
  error?: string;
}) {
  const name = useId();
  const hexId = useId();
  const errorId = useId();
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1.5 text-sm font-medium text-zinc-800">{label}</legend>
      <div className="flex flex-wrap items-center gap-1.5">
        {CATEGORY_COLORS.map((color) => {
          const checked = value.toLowerCase() === color.hex;
          return (
            <label
              key={color.hex}
              title={color.name}
              className="has-[:focus-visible]:outline-brand-500 relative flex size-7 cursor-pointer items-center justify-center rounded-full ring-1 ring-black/10 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2"
              style={{ backgroundColor: color.hex }}
            >
              <input
                type="radio"
                name={name}
                value={color.hex}
                checked={checked}
                onChange={() => onChange(color.hex)}
                className="sr-only"
                aria-label={color.name}
              />
              {checked && <Check className="size-4 text-white" aria-hidden strokeWidth={3} />}
            </label>
          );
        })}
        <label htmlFor={hexId} className="sr-only">
          Hex colour
        </label>
        <Input
          id={hexId}
          compact
          value={value}
          onChange={(event) => onChange(event.target.value.trim())}
          maxLength={7}
          spellCheck={false}
          aria-invalid={error || !HEX_COLOR.test(value) ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className="w-24! font-mono"
        />
      </div>
      {error && (
        <p id={errorId} className="mt-1 text-[13px] font-medium text-red-600">
          {error}
        </p>
      )}
    </fieldset>
  );
}
