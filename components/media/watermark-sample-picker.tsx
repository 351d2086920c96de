"use client";

import { cn } from "@/components/ui/cn";

export interface WatermarkSample {
  id: string;
  filename: string;
  width: number;
  height: number;
  /** The square thumbnail (a public variant), for the picker. */
  thumbUrl: string | null;
}

function SampleChoice({
  checked,
  onSelect,
  label,
  children,
}: {
  checked: boolean;
  onSelect: () => void;
  label: string;
  children: React.ReactNode;
}) {
  return (
    <label
      title={label}
      className={cn(
        "relative block size-12 cursor-pointer overflow-hidden rounded-md ring-2 transition",
        "has-[:focus-visible]:outline-brand-500 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2",
        checked ? "ring-zinc-900" : "opacity-80 ring-transparent hover:opacity-100",
      )}
    >
      <input type="radio" name="preview-sample" checked={checked} onChange={onSelect} className="sr-only" />
      <span className="sr-only">{label}</span>
      {children}
    </label>
  );
}

/** Which photo the preview is drawn on: one of the model's, or a neutral sample. */
export function WatermarkSamplePicker({
  samples,
  sampleId,
  onSelect,
}: {
  samples: WatermarkSample[];
  /** null: the neutral sample. */
  sampleId: string | null;
  onSelect: (id: string | null) => void;
}) {
  return (
    <fieldset>
      <legend className="mb-2 text-xs font-medium text-zinc-500">Preview on</legend>
      <div className="flex flex-wrap gap-2">
        {samples.map((s) => (
          <SampleChoice
            key={s.id}
            checked={s.id === sampleId}
            onSelect={() => onSelect(s.id)}
            label={s.filename}
          >
            {s.thumbUrl ? (
              // eslint-disable-next-line @next/next/no-img-element -- a 400 px public thumbnail
              <img src={s.thumbUrl} alt="" className="size-full object-cover" />
            ) : null}
          </SampleChoice>
        ))}
        <SampleChoice checked={sampleId === null} onSelect={() => onSelect(null)} label="A neutral sample">
          <span className="block size-full bg-gradient-to-b from-sky-300 via-orange-100 to-emerald-900" />
        </SampleChoice>
      </div>
    </fieldset>
  );
}
