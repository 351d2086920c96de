"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";
import type { ActionResult } from "@/lib/actions/safe-action";
import { SLUG_MAX_LENGTH } from "@/lib/models/schemas";
import { slugify } from "@/lib/models/slugify";

export interface ModelFormValues {
  slug: string;
  displayName: string;
  bio: string;
  published: boolean;
}

type Props =
  | {
      mode: "create";
      action: (input: ModelFormValues) => Promise<ActionResult<{ slug: string }>>;
    }
  | {
      mode: "edit";
      initial: ModelFormValues;
      canEditSlug: boolean;
      readOnly: boolean;
      action: (input: {
        slug: string;
        changes: Partial<ModelFormValues>;
      }) => Promise<ActionResult<{ slug: string }>>;
    };

const EMPTY: ModelFormValues = { slug: "", displayName: "", bio: "", published: false };

/** Create or edit a model's profile; the server action validates with the same schema. */
export function ModelForm(props: Props) {
  const router = useRouter();
  const initial = props.mode === "edit" ? props.initial : EMPTY;
  const readOnly = props.mode === "edit" && props.readOnly;
  const canEditSlug = props.mode === "create" || (props.canEditSlug && !readOnly);
  const [values, setValues] = useState(initial);
  const [slugTouched, setSlugTouched] = useState(props.mode === "edit");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();

  const changes = Object.fromEntries(
    (Object.keys(values) as (keyof ModelFormValues)[])
      .filter((key) => values[key] !== initial[key])
      .map((key) => [key, values[key]]),
  ) as Partial<ModelFormValues>;
  const dirty = Object.keys(changes).length > 0;

  function set<K extends keyof ModelFormValues>(key: K, value: ModelFormValues[K]) {
    setValues((current) => {
      const next = { ...current, [key]: value };
      if (key === "displayName" && !slugTouched) next.slug = slugify(String(value));
      return next;
    });
    setErrors((current) => ({ ...current, [key]: "" }));
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result =
        props.mode === "create"
          ? await props.action(values)
          : await props.action({ slug: initial.slug, changes });
      if (!result.ok) {
        setErrors(result.error.fieldErrors ?? {});
        toast.error(result.error.message);
        return;
      }
      if (props.mode === "create") {
        toast.success(`${values.displayName.trim()} created`);
        router.push(`/admin/models/${result.data.slug}`);
      } else {
        toast.success("Changes saved");
        if (result.data.slug !== initial.slug) router.replace(`/admin/models/${result.data.slug}`);
        else router.refresh();
      }
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Card>
        <CardHeader
          title="Profile"
          description={
            readOnly
              ? "You have read-only access to this model."
              : "How the model appears on their public page."
          }
        />
        <CardBody className="space-y-6">
          <div className="grid gap-6 sm:grid-cols-2">
            <Field id="displayName" label="Display name" error={errors.displayName}>
              <Input
                name="displayName"
                value={values.displayName}
                onChange={(e) => set("displayName", e.target.value)}
                maxLength={100}
                required
                readOnly={readOnly}
                placeholder="Jane Doe"
                autoFocus={props.mode === "create"}
              />
            </Field>
            <Field
              id="slug"
              wire={false}
              label="Slug"
              error={errors.slug}
              hint={
                canEditSlug
                  ? "Lowercase letters, digits and hyphens. Part of the public address."
                  : "The public address; only owners and admins can change it."
              }
            >
              <div className="focus-within:ring-brand-500 flex rounded-lg shadow-xs ring-1 ring-zinc-300 ring-inset focus-within:ring-2 has-aria-invalid:ring-red-400 has-[input:read-only]:bg-zinc-50">
                <span className="flex items-center pl-3 font-mono text-sm text-zinc-500 select-none">/</span>
                <input
                  id="slug"
                  name="slug"
                  value={values.slug}
                  onChange={(e) => {
                    setSlugTouched(true);
                    set("slug", e.target.value);
                  }}
                  readOnly={!canEditSlug}
                  aria-invalid={errors.slug ? true : undefined}
                  aria-describedby={errors.slug ? "slug-error" : "slug-hint"}
                  maxLength={SLUG_MAX_LENGTH}
                  required
                  spellCheck={false}
                  autoCapitalize="none"
                  placeholder="jane-doe"
                  className="block h-10 w-full min-w-0 rounded-r-lg border-0 bg-transparent py-2 pr-3 pl-0.5 font-mono text-sm text-zinc-900 placeholder:text-zinc-500 focus:outline-none focus-visible:outline-none"
                />
              </div>
            </Field>
          </div>
          <Field
            id="bio"
            label="Bio"
            optional
            error={errors.bio}
            hint="A few sentences shown at the top of the public page."
          >
            <Textarea
              name="bio"
              value={values.bio}
              onChange={(e) => set("bio", e.target.value)}
              maxLength={5000}
              rows={5}
              readOnly={readOnly}
              placeholder="Portrait and editorial work, based in Lisbon."
            />
          </Field>
          <div className="rounded-lg border border-zinc-200 bg-zinc-50/60 p-4">
            <Switch
              id="published"
              name="published"
              checked={values.published}
              onChange={(e) => set("published", e.target.checked)}
              disabled={readOnly}
              label="Published"
              description="Visitors can see the model's public page and its published galleries."
            />
          </div>
        </CardBody>
        {!readOnly && (
          <CardFooter>
            {props.mode === "create" ? (
              <ButtonLink href="/admin/models" variant="ghost">
                Cancel
              </ButtonLink>
            ) : (
              dirty && (
                <Button
                  variant="ghost"
                  onClick={() => (setValues(initial), setErrors({}))}
                  disabled={pending}
                >
                  Discard changes
                </Button>
              )
            )}
            <Button type="submit" pending={pending} disabled={props.mode === "edit" && !dirty}>
              {props.mode === "create" ? "Create model" : "Save changes"}
            </Button>
          </CardFooter>
        )}
      </Card>
    </form>
  );
}
