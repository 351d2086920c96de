"use client";

import { Wand2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

function generatePassword() {
  const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
}

/** A password shown in clear (it is handed over privately), with a button that generates one. */
export function StaffPasswordInput({
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
