"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { StaffPasswordInput } from "./staff-password-input";
import { ROLE_HELP, ROLE_LABELS, type Role, type StaffActions } from "./staff-types";

/** Adds a staff member: name, email, one of the roles the current user may grant, initial password. */
export function AddStaffDialog({
  open,
  onClose,
  grantable,
  create,
}: {
  open: boolean;
  onClose: () => void;
  grantable: Role[];
  create: StaffActions["create"];
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
        <StaffPasswordInput
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
