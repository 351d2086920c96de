"use client";

import {
  Ban,
  Download,
  FolderPlus,
  GalleryHorizontalEnd,
  RefreshCw,
  RotateCcw,
  ShieldCheck,
  ShieldX,
  Tags,
  Trash2,
  X,
  type LucideIcon,
} from "lucide-react";
import { useId, useState, type ComponentProps, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Dialog } from "@/components/ui/dialog";
import { Input, Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { countPhotos } from "@/components/media/format-bytes";
import type { BulkAction, BulkRequest, ModelOptions } from "./workspace-api";
import type { LibraryAbilities } from "./workspace-types";

type Args = Omit<BulkRequest, "action" | "ids" | "filter">;
type Picker =
  "addCategories" | "removeCategories" | "addTags" | "removeTags" | "addToSection" | "delete" | "reject";

const PICKER_TITLES: Record<Picker, string> = {
  addCategories: "Add to categories",
  removeCategories: "Remove from categories",
  addTags: "Add tags",
  removeTags: "Remove tags",
  addToSection: "Add to a gallery section",
  delete: "Delete forever?",
  reject: "Reject",
};

/** A bar action: icon and word, the icon alone on a phone (the word stays for screen readers). */
function BarButton({
  icon: Icon,
  label,
  className,
  ...props
}: ComponentProps<"button"> & { icon: LucideIcon; label: string }) {
  return (
    <button
      type="button"
      title={label}
      className={cn(
        "inline-flex h-8 shrink-0 items-center gap-1.5 rounded-md px-2.5 text-[13px] font-medium whitespace-nowrap text-zinc-100",
        "hover:bg-white/10 hover:text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white",
        "disabled:opacity-50",
        className,
      )}
      {...props}
    >
      <Icon className="size-4 shrink-0" aria-hidden />
      <span className="max-sm:sr-only">{label}</span>
    </button>
  );
}

/** What to do with the selected photos: shown while something is selected, pinned to the bottom. */
export function BulkActionBar({
  count,
  trash,
  abilities,
  options,
  busy,
  downloadHref,
  onRun,
  onClear,
}: {
  count: number;
  trash: boolean;
  abilities: LibraryAbilities;
  /** The model's categories and sections; null across models without a model chosen. */
  options: ModelOptions | null;
  busy: boolean;
  /** The ZIP link for a variant, or null when the selection cannot be downloaded in one go. */
  downloadHref: (variant: "original" | "public") => string | null;
  onRun: (action: BulkAction, args?: Args) => void;
  onClear: () => void;
}) {
  const [picker, setPicker] = useState<Picker | null>(null);
  const { canWrite, canManage } = abilities;
  const original = downloadHref("original");
  const publicZip = downloadHref("public");
  const run = (action: BulkAction, args?: Args) => {
    setPicker(null);
    onRun(action, args);
  };

  return (
    <>
      <div
        role="toolbar"
        aria-label="Selected photos"
        className="fixed inset-x-3 bottom-3 z-30 lg:left-[calc(16rem+0.75rem)]"
      >
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-1 rounded-2xl bg-zinc-900 px-3 py-2 text-sm text-white shadow-2xl ring-1 ring-black/10">
          <button
            type="button"
            onClick={onClear}
            className="mr-1 rounded-md p-1.5 text-zinc-300 hover:bg-white/10 hover:text-white"
            aria-label="Clear the selection"
          >
            <X className="size-4" aria-hidden />
          </button>
          <span className="mr-2 font-medium tabular-nums">{countPhotos(count)} selected</span>
          <span className="flex flex-1 flex-wrap items-center gap-0.5 max-sm:basis-full">
            {trash ? (
              <>
                {canWrite && (
                  <BarButton
                    onClick={() => run("restore")}
                    disabled={busy}
                    icon={RotateCcw}
                    label="Restore"
                  />
                )}
                {canManage && (
                  <BarButton
                    onClick={() => setPicker("delete")}
                    disabled={busy}
                    icon={Ban}
                    label="Delete forever"
                  />
                )}
              </>
            ) : (
              <>
                {canWrite && options && (
                  <>
                    <BarButton
                      onClick={() => setPicker("addCategories")}
                      disabled={busy}
                      icon={FolderPlus}
                      label="Categories"
                    />
                    <BarButton
                      onClick={() => setPicker("addToSection")}
                      disabled={busy}
                      icon={GalleryHorizontalEnd}
                      label="Add to section"
                    />
                  </>
                )}
                {canWrite && (
                  <BarButton onClick={() => setPicker("addTags")} disabled={busy} icon={Tags} label="Tags" />
                )}
                {canManage && (
                  <>
                    <BarButton
                      onClick={() => run("approve")}
                      disabled={busy}
                      icon={ShieldCheck}
                      label="Approve"
                    />
                    <BarButton
                      onClick={() => setPicker("reject")}
                      disabled={busy}
                      icon={ShieldX}
                      label="Reject"
                    />
                  </>
                )}
                {canWrite && (
                  <BarButton
                    onClick={() => run("reprocess")}
                    disabled={busy}
                    icon={RefreshCw}
                    label="Re-process"
                  />
                )}
                {(original || publicZip) && <DownloadMenu original={original} publicZip={publicZip} />}
                {canWrite && (
                  <BarButton
                    onClick={() => run("trash")}
                    disabled={busy}
                    icon={Trash2}
                    label="Move to trash"
                  />
                )}
              </>
            )}
          </span>
        </div>
      </div>
      {picker && (
        <Dialog
          open
          onClose={() => setPicker(null)}
          title={PICKER_TITLES[picker]}
          description={
            picker === "delete"
              ? `${countPhotos(count)} and all their files will be deleted. This cannot be undone.`
              : `For ${countPhotos(count)}.`
          }
        >
          <PickerForm picker={picker} setPicker={setPicker} options={options} onRun={run} />
        </Dialog>
      )}
    </>
  );
}

function DownloadMenu({ original, publicZip }: { original: string | null; publicZip: string | null }) {
  return (
    <details className="group relative">
      <summary
        title="Download ZIP"
        className="flex h-8 cursor-pointer list-none items-center gap-1.5 rounded-md px-2.5 text-[13px] font-medium whitespace-nowrap text-zinc-100 hover:bg-white/10 [&::-webkit-details-marker]:hidden"
      >
        <Download className="size-4 shrink-0" aria-hidden />{" "}
        <span className="max-sm:sr-only">Download ZIP</span>
      </summary>
      <div className="absolute bottom-full left-0 mb-2 w-56 rounded-xl bg-white p-1.5 text-zinc-800 shadow-xl ring-1 ring-zinc-950/10">
        {original && (
          <a href={original} download className="block rounded-md px-3 py-2 hover:bg-zinc-50">
            Originals
          </a>
        )}
        {publicZip && (
          <a href={publicZip} download className="block rounded-md px-3 py-2 hover:bg-zinc-50">
            Public versions (largest JPEG)
          </a>
        )}
      </div>
    </details>
  );
}

function FormRow({ children }: { children: ReactNode }) {
  return <div className="mt-6 flex justify-end gap-3">{children}</div>;
}

function PickerForm({
  picker,
  setPicker,
  options,
  onRun,
}: {
  picker: Picker;
  setPicker: (picker: Picker | null) => void;
  options: ModelOptions | null;
  onRun: (action: BulkAction, args?: Args) => void;
}) {
  const id = useId();
  const [chosen, setChosen] = useState<string[]>([]);
  const [text, setText] = useState("");
  const cancel = (
    <Button variant="secondary" onClick={() => setPicker(null)}>
      Cancel
    </Button>
  );

  if (picker === "delete") {
    return (
      <FormRow>
        {cancel}
        <Button variant="danger" onClick={() => onRun("delete")}>
          Delete forever
        </Button>
      </FormRow>
    );
  }
  if (picker === "reject") {
    return (
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onRun("reject", text.trim() ? { reason: text.trim() } : {});
        }}
      >
        <Label htmlFor={`${id}-reason`}>Reason (optional)</Label>
        <Input
          id={`${id}-reason`}
          className="mt-1.5"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <FormRow>
          {cancel}
          <Button variant="danger" type="submit">
            Reject
          </Button>
        </FormRow>
      </form>
    );
  }
  if (picker === "addTags" || picker === "removeTags") {
    const tags = text
      .split(",")
      .map((t) => t.trim().toLowerCase())
      .filter(Boolean);
    return (
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (tags.length) onRun(picker, { tags });
        }}
      >
        <Tabs picker={picker} setPicker={setPicker} pair={["addTags", "removeTags"]} />
        <Label htmlFor={`${id}-tags`}>Tags, separated by commas</Label>
        <Input
          id={`${id}-tags`}
          className="mt-1.5"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="beach, summer"
          autoFocus
        />
        <FormRow>
          {cancel}
          <Button type="submit" disabled={!tags.length}>
            {picker === "addTags" ? "Add tags" : "Remove tags"}
          </Button>
        </FormRow>
      </form>
    );
  }
  if (picker === "addToSection") {
    return (
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen[0]) onRun("addToSection", { sectionId: chosen[0] });
        }}
      >
        <Label htmlFor={`${id}-section`}>Section</Label>
        <Select
          id={`${id}-section`}
          className="mt-1.5"
          value={chosen[0] ?? ""}
          onChange={(e) => setChosen(e.target.value ? [e.target.value] : [])}
        >
          <option value="">Choose a section…</option>
          {options?.sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </Select>
        <FormRow>
          {cancel}
          <Button type="submit" disabled={!chosen.length}>
            Add to section
          </Button>
        </FormRow>
      </form>
    );
  }
  // Categories, added or removed.
  const categories = options?.categories ?? [];
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen.length) onRun(picker, { categoryIds: chosen });
      }}
    >
      <Tabs picker={picker} setPicker={setPicker} pair={["addCategories", "removeCategories"]} />
      {categories.length === 0 ? (
        <p className="text-sm text-zinc-500">
          This model has no categories yet. Create them with “Categories”.
        </p>
      ) : (
        <fieldset className="max-h-72 space-y-0.5 overflow-y-auto">
          <legend className="sr-only">Categories</legend>
          {categories.map((c) => (
            <label
              key={c.id}
              className="flex items-center gap-2.5 rounded-md px-2 py-1.5 text-sm hover:bg-zinc-50"
            >
              <input
                type="checkbox"
                className="accent-brand-600 size-4"
                checked={chosen.includes(c.id)}
                onChange={(e) =>
                  setChosen((list) => (e.target.checked ? [...list, c.id] : list.filter((x) => x !== c.id)))
                }
              />
              <span
                aria-hidden
                className="size-2.5 rounded-full"
                style={{ background: c.color ?? "#71717a" }}
              />
              {c.name}
            </label>
          ))}
        </fieldset>
      )}
      <FormRow>
        {cancel}
        <Button type="submit" disabled={!chosen.length}>
          {picker === "addCategories" ? "Add" : "Remove"}
        </Button>
      </FormRow>
    </form>
  );
}

function Tabs({
  picker,
  setPicker,
  pair,
}: {
  picker: Picker;
  setPicker: (picker: Picker) => void;
  pair: [Picker, Picker];
}) {
  return (
    <div
      className="mb-4 inline-flex rounded-lg bg-zinc-100 p-0.5 text-sm"
      role="group"
      aria-label="Add or remove"
    >
      {pair.map((p, i) => (
        <button
          key={p}
          type="button"
          aria-pressed={picker === p}
          onClick={() => setPicker(p)}
          className={cn(
            "rounded-md px-3 py-1 font-medium",
            picker === p ? "bg-white text-zinc-900 shadow-xs" : "text-zinc-600 hover:text-zinc-900",
          )}
        >
          {i === 0 ? "Add" : "Remove"}
        </button>
      ))}
    </div>
  );
}
