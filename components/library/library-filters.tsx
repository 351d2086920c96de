"use client";

import { useId } from "react";
import { MODERATION_LABELS, STATUS_LABELS } from "@/components/media/media-badges";
import { Input, Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { ModelOptions } from "./workspace-api";
import type { FilterValues } from "@/lib/media/library/library-url";
import type { LibraryScope } from "./workspace-types";

export const ORIENTATION_LABELS = { landscape: "Landscape", portrait: "Portrait", square: "Square" };
export const GPS_LABELS = { "1": "With location", "0": "Without location" };

function Choice({
  label,
  value,
  onChange,
  options,
  any = "Any",
}: {
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  options: [string, string][];
  any?: string;
}) {
  const id = useId();
  return (
    <div className="space-y-1">
      <Label htmlFor={id} className="text-xs text-zinc-600">
        {label}
      </Label>
      <Select id={id} compact value={value ?? ""} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{any}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </Select>
    </div>
  );
}

/** Every filter of the library as form controls; each change applies at once (and lands in the address). */
export function LibraryFilters({
  scope,
  filter,
  options,
  tags,
  onChange,
}: {
  scope: LibraryScope;
  filter: FilterValues;
  options: ModelOptions | null;
  tags: string[];
  onChange: (patch: FilterValues) => void;
}) {
  const id = useId();
  const set = (key: keyof FilterValues) => (value: string | undefined) => onChange({ [key]: value });
  return (
    <div className="grid grid-cols-2 gap-x-3 gap-y-3 sm:grid-cols-3 lg:grid-cols-4">
      {scope.kind === "all" && (
        <Choice
          label="Model"
          value={filter.model}
          onChange={(model) =>
            // Categories, sections and uploaders belong to one model.
            onChange({ model, category: undefined, section: undefined, uploadedBy: undefined })
          }
          options={scope.models.map((m) => [m.slug, m.displayName])}
          any="All models"
        />
      )}
      <Choice
        label="Status"
        value={filter.status}
        onChange={set("status")}
        options={Object.entries(STATUS_LABELS)}
      />
      <Choice
        label="Moderation"
        value={filter.moderation}
        onChange={set("moderation")}
        options={Object.entries(MODERATION_LABELS)}
      />
      {options && (
        <>
          <Choice
            label="Category"
            value={filter.category}
            onChange={set("category")}
            options={options.categories.map((c) => [c.id, c.name])}
          />
          <Choice
            label="Gallery section"
            value={filter.section}
            onChange={set("section")}
            options={options.sections.map((s) => [s.id, s.name])}
          />
          <Choice
            label="Uploaded by"
            value={filter.uploadedBy}
            onChange={set("uploadedBy")}
            options={options.uploaders.map((u) => [u.id, u.name])}
            any="Anyone"
          />
        </>
      )}
      <div className="space-y-1">
        <Label htmlFor={`${id}-tag`} className="text-xs text-zinc-600">
          Tag
        </Label>
        <Input
          id={`${id}-tag`}
          key={filter.tag ?? ""}
          compact
          list={`${id}-tags`}
          defaultValue={filter.tag ?? ""}
          placeholder="Any tag"
          onBlur={(e) => {
            const tag = e.target.value.trim().toLowerCase() || undefined;
            if (tag !== filter.tag) onChange({ tag });
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") e.currentTarget.blur();
          }}
        />
        <datalist id={`${id}-tags`}>
          {tags.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
      </div>
      <Choice
        label="Orientation"
        value={filter.orientation}
        onChange={set("orientation")}
        options={Object.entries(ORIENTATION_LABELS)}
      />
      <Choice
        label="Location (GPS)"
        value={filter.gps}
        onChange={set("gps")}
        options={Object.entries(GPS_LABELS)}
      />
      <Choice
        label="Date of"
        value={filter.dateField}
        onChange={set("dateField")}
        options={[["taken", "Taken (camera)"]]}
        any="Upload"
      />
      <div className="space-y-1">
        <Label htmlFor={`${id}-from`} className="text-xs text-zinc-600">
          From
        </Label>
        <Input
          id={`${id}-from`}
          type="date"
          compact
          value={filter.from?.slice(0, 10) ?? ""}
          onChange={(e) => onChange({ from: e.target.value || undefined })}
        />
      </div>
      <div className="space-y-1">
        <Label htmlFor={`${id}-to`} className="text-xs text-zinc-600">
          To
        </Label>
        <Input
          id={`${id}-to`}
          type="date"
          compact
          value={filter.to?.slice(0, 10) ?? ""}
          onChange={(e) => onChange({ to: e.target.value || undefined })}
        />
      </div>
      <label className="flex items-center gap-2 self-end pb-1.5 text-sm text-zinc-800">
        <input
          type="checkbox"
          className="accent-brand-600 size-4"
          checked={filter.duplicates === "1"}
          onChange={(e) => onChange({ duplicates: e.target.checked ? "1" : undefined })}
        />
        Has near-duplicates
      </label>
    </div>
  );
}
