"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import type { SectionActions } from "./section-actions";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";

export interface SectionDetailsValues {
  title: string;
  description: string;
  published: boolean;
}

/** A section's title, description and publication; its cover choice; deleting it. */
export function SectionDetails({
  modelSlug,
  sectionSlug,
  initial,
  hasChosenCover,
  canWrite,
  actions,
}: {
  modelSlug: string;
  sectionSlug: string;
  initial: SectionDetailsValues;
  hasChosenCover: boolean;
  canWrite: boolean;
  actions: Pick<SectionActions, "updateSection" | "deleteSection">;
}) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const changes = Object.fromEntries(
    (Object.keys(values) as (keyof SectionDetailsValues)[])
      .filter((key) => values[key] !== initial[key])
      .map((key) => [key, values[key]]),
  ) as Partial<SectionDetailsValues>;
  const dirty = Object.keys(changes).length > 0;

  function set<K extends keyof SectionDetailsValues>(key: K, value: SectionDetailsValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: "" }));
  }

  function save(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await actions.updateSection({ modelSlug, sectionSlug, changes });
      if (!result.ok) {
        setErrors(
          Object.fromEntries(
            Object.entries(result.error.fieldErrors ?? {}).map(([k, v]) => [k.replace(/^changes\./, ""), v]),
          ),
        );
        return void toast.error(result.error.message);
      }
      toast.success(
        changes.published === undefined
          ? "Section saved"
          : changes.published
            ? "Section saved and published"
            : "Section saved and hidden from visitors",
      );
    });
  }

  function resetCover() {
    startTransition(async () => {
      const result = await actions.updateSection({ modelSlug, sectionSlug, changes: { coverId: null } });
      if (!result.ok) return void toast.error(result.error.message);
      toast.success("The first photo is the cover again");
    });
  }

  function remove() {
    startTransition(async () => {
      const result = await actions.deleteSection({ modelSlug, sectionSlug });
      if (!result.ok) return void toast.error(result.error.message);
      toast.success(`Section “${result.data.title}” deleted`);
      router.push(`/admin/galleries/${modelSlug}`);
    });
  }

  return (
    <div className="space-y-6">
      <form onSubmit={save} noValidate>
        <Card>
          <CardHeader title="Details" className="py-4" />
          <CardBody className="space-y-5">
            <Field id="title" label="Title" error={errors.title}>
              <Input
                value={values.title}
                onChange={(e) => set("title", e.target.value)}
                maxLength={120}
                readOnly={!canWrite}
                required
              />
            </Field>
            <Field id="description" label="Description" optional error={errors.description}>
              <Textarea
                value={values.description}
                onChange={(e) => set("description", e.target.value)}
                maxLength={5000}
                rows={4}
                readOnly={!canWrite}
                placeholder="A sentence or two shown above the photos."
              />
            </Field>
            <Switch
              id="published"
              checked={values.published}
              onChange={(e) => set("published", e.target.checked)}
              disabled={!canWrite}
              label="Published"
              description="Visitors see the section on the model's page."
            />
          </CardBody>
          {canWrite && (
            <CardFooter>
              {dirty && (
                <Button
                  variant="ghost"
                  onClick={() => (setValues(initial), setErrors({}))}
                  disabled={pending}
                >
                  Discard
                </Button>
              )}
              <Button type="submit" pending={pending} disabled={!dirty}>
                Save section
              </Button>
            </CardFooter>
          )}
        </Card>
      </form>

      <Card>
        <CardHeader
          title="Cover"
          className="py-4"
          description={
            hasChosenCover
              ? "Chosen by hand. It shows on the model's page and when the section is shared."
              : "The first photo, until you choose one with the star on a photo."
          }
        />
        {canWrite && hasChosenCover && (
          <CardBody className="py-4">
            <Button variant="secondary" size="sm" onClick={resetCover} disabled={pending}>
              Use the first photo instead
            </Button>
          </CardBody>
        )}
      </Card>

      {canWrite && (
        <Card className="border-red-200">
          <CardHeader
            title="Delete section"
            className="py-4"
            description="Removes the section from the public page. Its photos stay in the library."
          />
          <CardBody className="py-4">
            <Button
              variant="secondary"
              size="sm"
              onClick={() => setConfirmDelete(true)}
              className="text-red-700"
            >
              <Trash2 aria-hidden /> Delete section
            </Button>
          </CardBody>
        </Card>
      )}

      <Dialog
        open={confirmDelete}
        onClose={() => setConfirmDelete(false)}
        title={`Delete “${initial.title}”?`}
        description="Visitors will no longer see it. The photos stay in the library and in other sections."
      >
        <div className="flex justify-end gap-3">
          <Button variant="ghost" onClick={() => setConfirmDelete(false)} disabled={pending}>
            Keep it
          </Button>
          <Button variant="danger" onClick={remove} pending={pending}>
            Delete section
          </Button>
        </div>
      </Dialog>
    </div>
  );
}
