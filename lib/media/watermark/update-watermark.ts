import type { AuditMeta } from "@/lib/audit/record-audit";
import type { StaffUser } from "@/lib/auth/staff-user";
import { AppError } from "@/lib/errors";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";
import { updateModelSettings } from "@/lib/models/update-model-settings";
import { countWatermarkProgress } from "./get-watermark-status";
import { requestWatermarkRederive } from "./request-watermark-rederive";
import type { WatermarkSettings, WatermarkSettingsInput } from "./watermark-schemas";
import { settingsOf } from "./watermark-settings-dto";

const same = (a: WatermarkSettings, b: WatermarkSettings) =>
  (Object.keys(a) as (keyof WatermarkSettings)[]).every((key) => a[key] === b[key]);

/**
 * Saves a model's watermark settings (staff who may edit the model: owners, admins, its editors)
 * and, when anything changed, bumps `watermarkRevision` and starts the background re-derive of the
 * public variants. Saving unchanged settings only re-sends a re-derive still due (same event id).
 */
export async function updateWatermark(
  user: StaffUser,
  slug: string,
  input: WatermarkSettingsInput,
  meta: AuditMeta = {},
) {
  const model = await getModelOrThrow(user, slug, { write: true });
  const before = settingsOf(model);
  const after: WatermarkSettings = {
    ...before,
    ...input,
    text: input.text === undefined ? before.text : input.text || null,
  };
  if (after.kind === "TEXT" && !after.text)
    throw new AppError("invalid", "A text watermark needs its text.", { field: "text" });
  if (after.kind === "LOGO" && !model.watermarkLogoKey)
    throw new AppError("invalid", "Upload a logo before choosing a logo watermark.", { field: "kind" });

  if (same(before, after)) {
    if ((await countWatermarkProgress(model.id, model.watermarkRevision)).active)
      await requestWatermarkRederive(model);
    return model;
  }
  const updated = await updateModelSettings(
    user,
    model.id,
    {
      action: "model.watermark.update",
      data: {
        watermarkKind: after.kind,
        watermarkText: after.text,
        watermarkPosition: after.position,
        watermarkOpacity: after.opacity,
        watermarkScale: after.scale,
        watermarkMargin: after.margin,
        watermarkRevision: { increment: 1 },
      },
      before,
      after,
    },
    meta,
  );
  await requestWatermarkRederive(updated);
  return updated;
}
