"use client";

import { UserPlus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, CardFooter, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { ActionResult } from "@/lib/actions/safe-action";
import { InitialsAvatar } from "./initials-avatar";

export interface MemberCandidate {
  id: string;
  name: string;
  email: string;
  role: "EDITOR" | "VIEWER" | "OWNER" | "ADMIN";
  disabled: boolean;
}

/** Choose which editors and viewers work on a model. */
export function ModelMembersForm({
  slug,
  candidates,
  assigned,
  action,
}: {
  slug: string;
  candidates: MemberCandidate[];
  assigned: string[];
  action: (input: { slug: string; userIds: string[] }) => Promise<ActionResult<{ count: number }>>;
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(() => new Set(assigned));
  const [selected, setSelected] = useState(() => new Set(assigned));
  const [pending, startTransition] = useTransition();
  const dirty = selected.size !== saved.size || [...selected].some((id) => !saved.has(id));

  function toggle(id: string, on: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  function save() {
    startTransition(async () => {
      const result = await action({ slug, userIds: [...selected] });
      if (!result.ok) {
        toast.error(result.error.message);
        return;
      }
      setSaved(new Set(selected));
      toast.success(result.data.count === 1 ? "1 person assigned" : `${result.data.count} people assigned`);
      router.refresh();
    });
  }

  return (
    <Card>
      <CardHeader
        title="Team"
        description="Editors and viewers only see the models they are assigned to. Owners and admins see every model."
      />
      {candidates.length === 0 ? (
        <div className="p-6">
          <EmptyState
            icon={UserPlus}
            title="No editors or viewers yet"
            description="Create staff accounts in Settings, then come back to assign them."
            action={
              <ButtonLink href="/admin/settings" variant="secondary">
                Go to staff settings
              </ButtonLink>
            }
            className="py-10"
          />
        </div>
      ) : (
        <fieldset>
          <legend className="sr-only">Assigned staff</legend>
          <ul className="divide-y divide-zinc-100">
            {candidates.map((person) => {
              const id = `member-${person.id}`;
              return (
                <li key={person.id}>
                  <label
                    htmlFor={id}
                    className="flex cursor-pointer items-center gap-4 px-6 py-3 hover:bg-zinc-50/70"
                  >
                    <input
                      id={id}
                      type="checkbox"
                      checked={selected.has(person.id)}
                      onChange={(e) => toggle(person.id, e.target.checked)}
                      className="size-4 rounded border-zinc-300 accent-zinc-900"
                    />
                    <InitialsAvatar name={person.name} colorKey={person.email} size="sm" />
                    <span className="min-w-0 flex-1">
                      <span className="block truncate text-sm font-medium text-zinc-900">{person.name}</span>
                      <span className="block truncate text-xs text-zinc-500">{person.email}</span>
                    </span>
                    {person.disabled && <Badge tone="red">Disabled</Badge>}
                    <Badge tone={person.role === "EDITOR" ? "blue" : "neutral"}>
                      {person.role === "EDITOR" ? "Editor" : "Viewer"}
                    </Badge>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
      {candidates.length > 0 && (
        <CardFooter>
          <span className="mr-auto text-sm text-zinc-500">
            {selected.size === 1 ? "1 person selected" : `${selected.size} people selected`}
          </span>
          <Button onClick={save} pending={pending} disabled={!dirty}>
            Save team
          </Button>
        </CardFooter>
      )}
    </Card>
  );
}
