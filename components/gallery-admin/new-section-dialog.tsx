"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import type { SectionActions } from "./section-actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";
import { SLUG_MAX_LENGTH } from "@/lib/models/schemas";
import { slugify } from "@/lib/models/slugify";

const EMPTY = { title: "", slug: "", description: "", published: false };

/** Creates a section; the slug follows the title until edited. Opens the new section on success. */
export function NewSectionDialog({
  modelSlug,
  open,
  onClose,
  actions,
}: {
  modelSlug: string;
  open: boolean;
  onClose: () => void;
  actions: Pick<SectionActions, "createSection">;
}) {
  const router = useRouter();
  const [values, setValues] = useState(EMPTY);
  const [slugTouched, setSlugTouched] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();

  function close() {
    setValues(EMPTY);
    setSlugTouched(false);
    setErrors({});
    onClose();
  }

  function set<K extends keyof typeof EMPTY>(key: K, value: (typeof EMPTY)[K]) {
    setValues((current) => {
      const next = { ...current, [key]: value };
      if (key === "title" && !slugTouched) next.slug = slugify(String(value));
      return next;
    });
    setErrors((current) => ({ ...current, [key]: "" }));
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await actions.createSection({ modelSlug, ...values });
      if (!result.ok) {
        setErrors(result.error.fieldErrors ?? {});
        toast.error(result.error.message);
        return;
      }
      toast.success(`Section “${result.data.title}” created`);
      close();
      router.push(`/admin/galleries/${modelSlug}/${result.data.slug}`);
    });
  }

  return (
    <Dialog
      open={open}
      onClose={close}
      title="New section"
      description="A chapter of the model's public page. Add photos to it next."
    >
      <form onSubmit={submit} noValidate className="space-y-5">
        <Field id="section-title" label="Title" error={errors.title}>
          <Input
            value={values.title}
            onChange={(e) => set("title", e.target.value)}
            maxLength={120}
            placeholder="Editorial"
            autoFocus
            required
          />
        </Field>
        <Field
          id="section-slug"
          label="Slug"
          error={errors.slug}
          hint={`Its address: /${modelSlug}/${values.slug || "…"}`}
        >
          <Input
            value={values.slug}
            onChange={(e) => {
              setSlugTouched(true);
              set("slug", e.target.value);
            }}
            maxLength={SLUG_MAX_LENGTH}
            spellCheck={false}
            autoCapitalize="none"
            placeholder="editorial"
            className="font-mono"
            required
          />
        </Field>
        <Field id="section-description" label="Description" optional error={errors.description}>
          <Textarea
            value={values.description}
            onChange={(e) => set("description", e.target.value)}
            maxLength={5000}
            rows={3}
            className="min-h-20"
            placeholder="A sentence or two shown above the photos."
          />
        </Field>
        <Switch
          id="section-published"
          checked={values.published}
          onChange={(e) => set("published", e.target.checked)}
          label="Publish now"
          description="Leave off to arrange the photos first."
        />
        <div className="flex justify-end gap-3 pt-1">
          <Button variant="ghost" onClick={close} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" pending={pending}>
            Create section
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
