"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { StaffPasswordInput } from "./staff-password-input";
import type { StaffActions, StaffRow } from "./staff-types";

/** Sets a new password for a staff member (open while `row` is set). */
export function ResetPasswordDialog({
  row,
  onClose,
  update,
}: {
  row: StaffRow | null;
  onClose: () => void;
  update: StaffActions["update"];
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
        <StaffPasswordInput value={password} onChange={setPassword} error={error} />
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
