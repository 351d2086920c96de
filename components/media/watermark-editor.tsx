"use client";

import { ScanEye } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";
import { useWatermarkForm } from "./use-watermark-form";
import { watermarkUrl, type WatermarkStatus } from "./watermark-api";
import { KindPicker, PositionPicker, RangeField } from "./watermark-controls";
import { WatermarkLogoField } from "./watermark-logo-field";
import { WatermarkPreview, type PreviewPhoto } from "./watermark-preview";
import { WatermarkReprocessingStatus } from "./watermark-reprocessing-status";
import { WatermarkSamplePicker, type WatermarkSample } from "./watermark-sample-picker";
import { PREVIEW_WIDTH, WatermarkServerPreview } from "./watermark-server-preview";

export type { WatermarkSample };

/**
 * The watermark settings of one model with a live preview drawn in the browser on one of its
 * photos (or a neutral scene); saving starts the re-derive of the public files, whose progress
 * is polled until every photo carries the new mark.
 */
export function WatermarkEditor({
  slug,
  initial,
  samples,
  canEdit,
}: {
  slug: string;
  initial: WatermarkStatus;
  samples: WatermarkSample[];
  canEdit: boolean;
}) {
  const form = useWatermarkForm(slug, initial);
  const { saved, progress, values, logo, errors, saving, dirty, set } = form;
  const [sampleId, setSampleId] = useState<string | null>(samples[0]?.id ?? null);
  const [exact, setExact] = useState(false);
  const logoUrl = logo?.url ?? saved.logoUrl;

  const sample = samples.find((s) => s.id === sampleId) ?? null;
  const photo: PreviewPhoto = sample
    ? {
        url: `${watermarkUrl(slug, "/preview")}?kind=NONE&mediaId=${encodeURIComponent(sample.id)}&width=${PREVIEW_WIDTH}`,
        width: Math.min(PREVIEW_WIDTH, sample.width),
        height: Math.round((Math.min(PREVIEW_WIDTH, sample.width) * sample.height) / sample.width),
        label: sample.filename,
      }
    : { url: null, width: 1500, height: 1000, label: "A neutral sample" };

  // The server render needs a photo of the model, or the model to have none (it then draws its own sample).
  const canRenderExact = sample !== null || samples.length === 0;
  const showExact = exact && canRenderExact;
  const disabled = !canEdit || saving;
  const off = values.kind === "NONE";

  return (
    <form
      onSubmit={form.save}
      noValidate
      className="grid items-start gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.2fr)]"
    >
      <Card>
        <CardHeader
          title="Settings"
          description={
            canEdit
              ? "Every public size at least " +
                saved.minWidth +
                " px wide carries the mark. Originals never do."
              : "You have read-only access to this model."
          }
        />
        <CardBody className="space-y-7">
          <KindPicker value={values.kind} onChange={(kind) => set("kind", kind)} disabled={disabled} />

          {values.kind === "TEXT" && (
            <Field
              id="watermark-text"
              label="Text"
              error={errors.text}
              hint="Up to 120 characters, e.g. © and the name."
            >
              <Input
                value={values.text}
                onChange={(event) => set("text", event.target.value)}
                maxLength={120}
                disabled={disabled}
                placeholder="© Jane Doe"
              />
            </Field>
          )}

          {values.kind === "LOGO" && (
            <WatermarkLogoField
              logoUrl={logoUrl}
              chosen={logo?.file ?? null}
              savedLogo={Boolean(saved.logoUrl)}
              error={errors.logo}
              canEdit={canEdit}
              disabled={disabled}
              onChoose={form.chooseLogo}
            />
          )}

          <PositionPicker
            value={values.position}
            onChange={(position) => set("position", position)}
            disabled={disabled || off}
          />

          <div className="space-y-5">
            <RangeField
              id="watermark-opacity"
              label="Opacity"
              value={Math.round(values.opacity * 100)}
              min={0}
              max={100}
              step={5}
              format={(v) => `${v}%`}
              onChange={(v) => set("opacity", v / 100)}
              disabled={disabled || off}
            />
            <RangeField
              id="watermark-scale"
              label="Size"
              value={Math.round(values.scale * 100)}
              min={2}
              max={60}
              step={1}
              format={(v) => `${v}% of the width`}
              onChange={(v) => set("scale", v / 100)}
              hint="Never taller than half the photo."
              disabled={disabled || off}
            />
            <RangeField
              id="watermark-margin"
              label="Margin"
              value={Math.round(values.margin * 1000) / 10}
              min={0}
              max={15}
              step={0.5}
              format={(v) => `${v}% of the width`}
              onChange={(v) => set("margin", Math.round(v * 10) / 1000)}
              disabled={disabled || off}
            />
          </div>
        </CardBody>
        {canEdit && (
          <CardFooter>
            {dirty && (
              <Button variant="ghost" onClick={form.discard} disabled={saving}>
                Discard changes
              </Button>
            )}
            <Button type="submit" pending={saving} disabled={!dirty || Boolean(errors.logo)}>
              Save and apply
            </Button>
          </CardFooter>
        )}
      </Card>

      <div className="order-first space-y-6 lg:sticky lg:top-8 lg:order-none">
        <Card>
          <CardHeader
            title="Preview"
            description={
              showExact
                ? "Drawn by the server with the same code as the public files."
                : canEdit
                  ? "Updates as you change the settings. Unsaved until you save."
                  : "How the mark sits on the model's public photos."
            }
            action={
              canRenderExact && (
                <Switch
                  id="exact-preview"
                  checked={exact}
                  onChange={(event) => setExact(event.target.checked)}
                  label={
                    <span className="flex items-center gap-1.5">
                      <ScanEye className="size-4 text-zinc-500" aria-hidden /> Server render
                    </span>
                  }
                />
              )
            }
          />
          <CardBody className="space-y-4">
            {showExact ? (
              <WatermarkServerPreview
                slug={slug}
                values={values}
                sample={sample}
                photo={photo}
                unsavedLogo={logo !== null}
              />
            ) : (
              <WatermarkPreview photo={photo} settings={values} logoUrl={logoUrl} />
            )}
            {samples.length > 0 && (
              <WatermarkSamplePicker samples={samples} sampleId={sampleId} onSelect={setSampleId} />
            )}
          </CardBody>
        </Card>
        <Card>
          <CardHeader title="Existing photos" className="py-4" />
          <CardBody className="py-4">
            <WatermarkReprocessingStatus progress={progress} />
          </CardBody>
        </Card>
      </div>
    </form>
  );
}
