"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import type { ActionResult } from "@/lib/actions/safe-action";
import type { ModerationPolicyInput } from "@/lib/moderation/moderation-policy-schema";
import { percent } from "./labels";

export type PolicyValues = {
  moderationProvider: ModerationPolicyInput["moderationProvider"] | null;
  policyApproveBelow: number;
  policyRejectAbove: number;
};

/** One provider staff can choose (see `providerChoices` in lib/moderation/providers). */
export type ProviderChoice = { name: string; label: string; hint: string; scored: boolean };

/** Admins choose how a model's photos are checked and the thresholds that turn scores into decisions. */
export function ModerationPolicyForm({
  slug,
  initial,
  defaultProvider,
  providers,
  action,
}: {
  slug: string;
  initial: PolicyValues;
  defaultProvider: string;
  providers: ProviderChoice[];
  action: (input: { slug: string; policy: ModerationPolicyInput }) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const [provider, setProvider] = useState<string>(initial.moderationProvider ?? "");
  const [approve, setApprove] = useState(String(Math.round(initial.policyApproveBelow * 100)));
  const [reject, setReject] = useState(String(Math.round(initial.policyRejectAbove * 100)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();

  const approveValue = Number(approve) / 100;
  const rejectValue = Number(reject) / 100;
  const valid =
    approve !== "" && reject !== "" && approveValue >= 0 && rejectValue <= 1 && approveValue <= rejectValue;
  const dirty =
    provider !== (initial.moderationProvider ?? "") ||
    approveValue !== initial.policyApproveBelow ||
    rejectValue !== initial.policyRejectAbove;
  const effective = provider || defaultProvider;
  const scored = providers.find((choice) => choice.name === effective)?.scored ?? false;

  function save(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await action({
        slug,
        policy: {
          moderationProvider: (provider || null) as PolicyValues["moderationProvider"],
          policyApproveBelow: approveValue,
          policyRejectAbove: rejectValue,
        },
      });
      if (!result.ok) {
        setErrors(result.error.fieldErrors ?? {});
        toast.error(result.error.message);
        return;
      }
      setErrors({});
      toast.success("Moderation policy saved");
      router.refresh();
    });
  }

  return (
    <Card aria-label="Moderation policy">
      <CardHeader
        title="Moderation"
        description="How this model's new photos are checked before anyone outside can see them. Decisions already made stay as they are."
      />
      <form onSubmit={save}>
        <CardBody className="space-y-5">
          <Field
            id="moderation-provider"
            label="Checked by"
            hint={providers.find((p) => p.name === effective)?.hint}
          >
            <Select value={provider} onChange={(event) => setProvider(event.target.value)}>
              <option value="">
                Default ({providers.find((p) => p.name === defaultProvider)?.label.toLowerCase()})
              </option>
              {providers.map((p) => (
                <option key={p.name} value={p.name}>
                  {p.label}
                </option>
              ))}
            </Select>
          </Field>
          <div className="grid gap-4 sm:grid-cols-2">
            <ThresholdField
              id="policy-approve"
              label="Approve automatically below"
              error={errors.policyApproveBelow ?? errors["policy.policyApproveBelow"]}
              value={approve}
              disabled={!scored}
              onChange={setApprove}
            />
            <ThresholdField
              id="policy-reject"
              label="Reject automatically above"
              error={errors.policyRejectAbove ?? errors["policy.policyRejectAbove"]}
              value={reject}
              disabled={!scored}
              onChange={setReject}
            />
          </div>
          {scored && valid && (
            <div aria-hidden>
              <div className="flex h-2 overflow-hidden rounded-full">
                <span className="bg-emerald-300" style={{ width: `${approveValue * 100}%` }} />
                <span className="bg-amber-300" style={{ width: `${(rejectValue - approveValue) * 100}%` }} />
                <span className="flex-1 bg-red-300" />
              </div>
              <div className="mt-2 grid grid-cols-3 gap-2 text-xs text-zinc-600">
                <span>
                  <b className="font-medium text-emerald-700">Approved</b> under {percent(approveValue)}
                </span>
                <span className="text-center">
                  <b className="font-medium text-amber-700">Review</b> in between
                </span>
                <span className="text-right">
                  <b className="font-medium text-red-700">Rejected</b> over {percent(rejectValue)}
                </span>
              </div>
            </div>
          )}
          {scored && !valid && (
            <p className="text-[13px] font-medium text-red-600">
              Use 0–100, with the approval threshold not above the rejection threshold.
            </p>
          )}
        </CardBody>
        <CardFooter>
          <Button type="submit" pending={pending} disabled={!valid || !dirty}>
            Save policy
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}

/** A threshold as a whole percentage of the unsafe score. */
function ThresholdField({
  id,
  label,
  error,
  value,
  disabled,
  onChange,
}: {
  id: string;
  label: string;
  error?: string;
  value: string;
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <Field id={id} label={label} hint="Unsafe score, in percent" error={error}>
      <Input
        type="number"
        inputMode="decimal"
        min={0}
        max={100}
        step={1}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}
