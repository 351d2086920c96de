"use client";

import { KeyRound, UserPlus, Wand2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { ActionResult } from "@/lib/actions/safe-action";
import { InitialsAvatar } from "./initials-avatar";

type Role = "OWNER" | "ADMIN" | "EDITOR" | "VIEWER";

const ROLE_LABELS: Record<Role, string> = {
  OWNER: "Owner",
  ADMIN: "Admin",
  EDITOR: "Editor",
  VIEWER: "Viewer",
};
const ROLE_HELP: Record<Role, string> = {
  OWNER: "Everything, including managing other owners.",
  ADMIN: "Every model, staff and settings.",
  EDITOR: "Edits the models they are assigned to.",
  VIEWER: "Reads the models they are assigned to.",
};

export interface StaffRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  disabled: boolean;
  modelCount: number;
  lastSignInLabel: string | null;
}

interface Actions {
  create: (input: {
    email: string;
    name: string;
    role: Role;
    password: string;
  }) => Promise<ActionResult<{ id: string; name: string }>>;
  update: (input: {
    userId: string;
    changes: { role?: Role; disabled?: boolean; password?: string };
  }) => Promise<ActionResult<{ id: string; name: string; role: Role; disabled: boolean }>>;
}

function generatePassword() {
  const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
}

/** Staff accounts: add one with a role and an initial password, change roles, disable, reset passwords. */
export function StaffManager({
  rows,
  currentUserId,
  currentRole,
  actions,
}: {
  rows: StaffRow[];
  currentUserId: string;
  currentRole: Role;
  actions: Actions;
}) {
  const router = useRouter();
  const [adding, setAdding] = useState(false);
  const [resetting, setResetting] = useState<StaffRow | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const grantable: Role[] =
    currentRole === "OWNER" ? ["OWNER", "ADMIN", "EDITOR", "VIEWER"] : ["ADMIN", "EDITOR", "VIEWER"];
  const canManage = (row: StaffRow) =>
    row.id !== currentUserId && (currentRole === "OWNER" || row.role !== "OWNER");

  function update(row: StaffRow, changes: { role?: Role; disabled?: boolean }, success: string) {
    setBusy(row.id);
    startTransition(async () => {
      const result = await actions.update({ userId: row.id, changes });
      setBusy(null);
      if (!result.ok) return void toast.error(result.error.message);
      toast.success(success);
      router.refresh();
    });
  }

  return (
    <Card>
      <CardHeader
        title="Staff"
        description="Who can sign in to the dashboard, and what they can do."
        action={
          <Button onClick={() => setAdding(true)}>
            <UserPlus aria-hidden /> Add staff member
          </Button>
        }
      />
      <div className="p-4 sm:p-6">
        <Table aria-label="Staff">
          <THead>
            <tr>
              <TH>Name</TH>
              <TH>Role</TH>
              <TH>Models</TH>
              <TH>Last sign-in</TH>
              <TH className="text-right">
                <span className="sr-only">Actions</span>
              </TH>
            </tr>
          </THead>
          <TBody>
            {rows.map((row) => (
              <TR key={row.id} className={row.disabled ? "bg-zinc-50/60" : undefined}>
                <TD>
                  <div className="flex items-center gap-3">
                    <InitialsAvatar name={row.name} colorKey={row.email} size="sm" />
                    <div className="min-w-0">
                      <p className="flex items-center gap-2 truncate font-medium text-zinc-900">
                        {row.name}
                        {row.id === currentUserId && <Badge tone="brand">You</Badge>}
                        {row.disabled && <Badge tone="red">Disabled</Badge>}
                      </p>
                      <p className="truncate text-xs text-zinc-500">{row.email}</p>
                    </div>
                  </div>
                </TD>
                <TD>
                  {canManage(row) ? (
                    <>
                      <label htmlFor={`role-${row.id}`} className="sr-only">
                        Role of {row.name}
                      </label>
                      <Select
                        id={`role-${row.id}`}
                        value={row.role}
                        disabled={busy === row.id}
                        onChange={(e) => {
                          const role = e.target.value as Role;
                          update(row, { role }, `${row.name} is now ${ROLE_LABELS[role].toLowerCase()}`);
                        }}
                        compact
                        className="w-32"
                      >
                        {grantable.map((role) => (
                          <option key={role} value={role}>
                            {ROLE_LABELS[role]}
                          </option>
                        ))}
                      </Select>
                    </>
                  ) : (
                    <Badge tone={row.role === "OWNER" || row.role === "ADMIN" ? "brand" : "neutral"}>
                      {ROLE_LABELS[row.role]}
                    </Badge>
                  )}
                </TD>
                <TD className="tabular-nums">
                  {row.role === "OWNER" || row.role === "ADMIN" ? (
                    <span className="text-zinc-500">All</span>
                  ) : (
                    row.modelCount
                  )}
                </TD>
                <TD className="whitespace-nowrap text-zinc-500">
                  {row.lastSignInLabel ?? <span className="text-zinc-500">Never</span>}
                </TD>
                <TD>
                  {canManage(row) && (
                    <div className="flex justify-end gap-1">
                      <Button
                        variant="ghost"
                        size="sm"
                        onClick={() => setResetting(row)}
                        aria-label={`Set a new password for ${row.name}`}
                      >
                        <KeyRound aria-hidden /> Password
                      </Button>
                      <Button
                        variant="ghost"
                        size="sm"
                        pending={busy === row.id}
                        onClick={() =>
                          update(
                            row,
                            { disabled: !row.disabled },
                            row.disabled ? `${row.name} can sign in again` : `${row.name} is disabled`,
                          )
                        }
                        className={
                          row.disabled ? undefined : "text-red-600 hover:bg-red-50 hover:text-red-700"
                        }
                      >
                        {row.disabled ? "Enable" : "Disable"}
                      </Button>
                    </div>
                  )}
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      </div>

      <AddStaffDialog
        open={adding}
        onClose={() => setAdding(false)}
        grantable={grantable}
        create={actions.create}
      />
      <ResetPasswordDialog row={resetting} onClose={() => setResetting(null)} update={actions.update} />
    </Card>
  );
}

function PasswordInput({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (v: string) => void;
  error?: string;
}) {
  return (
    <Field
      id="staff-password"
      wire={false}
      label="Initial password"
      error={error}
      hint="At least 12 characters. Share it privately."
    >
      <div className="flex gap-2">
        <Input
          id="staff-password"
          name="password"
          type="text"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          autoComplete="new-password"
          spellCheck={false}
          className="font-mono"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "staff-password-error" : "staff-password-hint"}
          required
          minLength={12}
        />
        <Button
          variant="secondary"
          onClick={() => onChange(generatePassword())}
          aria-label="Generate a password"
        >
          <Wand2 aria-hidden /> Generate
        </Button>
      </div>
    </Field>
  );
}

function AddStaffDialog({
  open,
  onClose,
  grantable,
  create,
}: {
  open: boolean;
  onClose: () => void;
  grantable: Role[];
  create: Actions["create"];
}) {
  const router = useRouter();
  const empty = { name: "", email: "", role: "EDITOR" as Role, password: "" };
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();

  function close() {
    setValues(empty);
    setErrors({});
    onClose();
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await create(values);
      if (!result.ok) {
        setErrors(result.error.fieldErrors ?? {});
        toast.error(result.error.message);
        return;
      }
      toast.success(`${result.data.name} can now sign in`);
      close();
      router.refresh();
    });
  }

  return (
    <Dialog
      open={open}
      onClose={close}
      title="Add a staff member"
      description="They sign in with this email and the initial password."
    >
      <form onSubmit={submit} className="space-y-5" noValidate>
        <Field id="staff-name" label="Name" error={errors.name}>
          <Input
            name="name"
            value={values.name}
            onChange={(e) => setValues({ ...values, name: e.target.value })}
            required
            autoFocus
          />
        </Field>
        <Field id="staff-email" label="Email" error={errors.email}>
          <Input
            name="email"
            type="email"
            value={values.email}
            onChange={(e) => setValues({ ...values, email: e.target.value })}
            autoComplete="off"
            required
          />
        </Field>
        <Field id="staff-role" label="Role" error={errors.role} hint={ROLE_HELP[values.role]}>
          <Select
            name="role"
            value={values.role}
            onChange={(e) => setValues({ ...values, role: e.target.value as Role })}
          >
            {grantable.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </Select>
        </Field>
        <PasswordInput
          value={values.password}
          onChange={(password) => setValues({ ...values, password })}
          error={errors.password}
        />
        <div className="flex justify-end gap-3 pt-2">
          <Button variant="ghost" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" pending={pending}>
            Add staff member
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

function ResetPasswordDialog({
  row,
  onClose,
  update,
}: {
  row: StaffRow | null;
  onClose: () => void;
  update: Actions["update"];
}) {
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function close() {
    setPassword("");
    setError(undefined);
    onClose();
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!row) return;
    startTransition(async () => {
      const result = await update({ userId: row.id, changes: { password } });
      if (!result.ok) {
        setError(result.error.fieldErrors?.["changes.password"] ?? result.error.message);
        return;
      }
      toast.success(`New password set for ${row.name}`);
      close();
    });
  }

  return (
    <Dialog
      open={row !== null}
      onClose={close}
      title="Set a new password"
      description={row ? `For ${row.name} (${row.email}).` : undefined}
    >
      <form onSubmit={submit} className="space-y-5" noValidate>
        <PasswordInput value={password} onChange={setPassword} error={error} />
        <div className="flex justify-end gap-3 pt-2">
          <Button variant="ghost" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" pending={pending}>
            Set password
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
