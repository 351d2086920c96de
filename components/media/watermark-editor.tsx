"use client";

import { CircleCheck, ImageUp, LoaderCircle, ScanEye } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";
import { countPhotos, formatBytes } from "./format-bytes";
import {
  FieldError,
  fetchWatermarkStatus,
  saveWatermarkSettings,
  uploadWatermarkLogo,
  watermarkUrl,
  type WatermarkStatus,
} from "./watermark-api";
import { KindPicker, PositionPicker, RangeField } from "./watermark-controls";
import type { WatermarkSettings } from "./watermark-placement";
import { normalizeMarkText, WatermarkPreview, type PreviewPhoto } from "./watermark-preview";

export interface WatermarkSample {
  id: string;
  filename: string;
  width: number;
  height: number;
  /** The square thumbnail (a public variant), for the picker. */
  thumbUrl: string | null;
}

const PREVIEW_WIDTH = 960;
const LOGO_MAX_BYTES = 5 * 1024 * 1024;
const LOGO_ACCEPT = "image/png,image/webp,image/jpeg,image/avif,image/gif";
const POLL_MS = 2000;

function formValues(status: WatermarkStatus): WatermarkSettings {
  const { kind, text, position, opacity, scale, margin } = status.watermark;
  return { kind, text: text ?? "", position, opacity, scale, margin };
}

/** The settings that differ from the saved ones, as the PUT takes them. */
function changesBetween(values: WatermarkSettings, saved: WatermarkSettings) {
  const changes: Partial<Omit<WatermarkSettings, "text">> & { text?: string | null } = {};
  const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;
  if (values.kind !== saved.kind) changes.kind = values.kind;
  if (values.text.trim() !== saved.text.trim()) changes.text = values.text.trim() || null;
  if (values.position !== saved.position) changes.position = values.position;
  if (!close(values.opacity, saved.opacity)) changes.opacity = values.opacity;
  if (!close(values.scale, saved.scale)) changes.scale = values.scale;
  if (!close(values.margin, saved.margin)) changes.margin = values.margin;
  return changes;
}

function ReprocessingStatus({ progress }: { progress: WatermarkStatus["reprocessing"] }) {
  const { done, total, active } = progress;
  const share = total > 0 ? Math.round((done / total) * 100) : 100;
  return (
    <div className="space-y-2.5" data-testid="watermark-progress">
      {total === 0 ? (
        <p className="text-sm text-zinc-600">
          No processed photos yet. New uploads get the watermark as they are processed.
        </p>
      ) : active ? (
        <>
          <p className="flex items-center gap-2 text-sm font-medium text-zinc-800">
            <LoaderCircle className="size-4 text-sky-600 motion-safe:animate-spin" aria-hidden />
            Applying the watermark to existing photos
          </p>
          <div
            role="progressbar"
            aria-label="Photos carrying the current watermark"
            aria-valuemin={0}
            aria-valuemax={total}
            aria-valuenow={done}
            aria-valuetext={`${done} of ${total} photos`}
            className="h-2 overflow-hidden rounded-full bg-zinc-100"
          >
            <div
              className="h-full rounded-full bg-sky-500 motion-safe:transition-[width] motion-safe:duration-500"
              style={{ width: `${share}%` }}
            />
          </div>
          <p className="text-xs text-zinc-500 tabular-nums">
            {done} of {countPhotos(total)} updated. This runs in the background; you can leave the page.
          </p>
        </>
      ) : (
        <p className="flex items-center gap-2 text-sm text-emerald-700">
          <CircleCheck className="size-4" aria-hidden />
          {total === 1 ? "The photo carries" : `All ${countPhotos(total)} carry`} the current watermark.
        </p>
      )}
    </div>
  );
}

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
  const [saved, setSaved] = useState(initial.watermark);
  const [progress, setProgress] = useState(initial.reprocessing);
  const [values, setValues] = useState(() => formValues(initial));
  const [logo, setLogo] = useState<{ file: File; url: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [sampleId, setSampleId] = useState<string | null>(samples[0]?.id ?? null);
  const [exact, setExact] = useState(false);
  const logoInput = useRef<HTMLInputElement>(null);
  const logoRef = useRef(logo);

  const savedValues = formValues({ watermark: saved, reprocessing: progress });
  const changes = changesBetween(values, savedValues);
  const dirty = Object.keys(changes).length > 0 || (logo !== null && values.kind === "LOGO");
  const logoUrl = logo?.url ?? saved.logoUrl;

  // The chosen file's object URL lives until another is chosen or the page goes.
  useEffect(() => {
    logoRef.current = logo;
  }, [logo]);
  useEffect(() => () => void (logoRef.current && URL.revokeObjectURL(logoRef.current.url)), []);

  // Follow the background re-derive until every photo carries the current mark.
  useEffect(() => {
    if (!progress.active) return;
    const controller = new AbortController();
    const timer = setInterval(() => {
      if (document.hidden) return;
      fetchWatermarkStatus(slug, controller.signal).then(
        (status) => {
          setProgress(status.reprocessing);
          if (!status.reprocessing.active) clearInterval(timer);
        },
        () => undefined,
      );
    }, POLL_MS);
    return () => {
      controller.abort();
      clearInterval(timer);
    };
  }, [slug, progress.active]);

  function set<K extends keyof WatermarkSettings>(key: K, value: WatermarkSettings[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: "" }));
  }

  function chooseLogo(file: File | undefined) {
    if (!file) return;
    if (logo) URL.revokeObjectURL(logo.url);
    setLogo({ file, url: URL.createObjectURL(file) });
    set("kind", "LOGO");
    setErrors((current) => ({
      ...current,
      logo:
        file.size > LOGO_MAX_BYTES
          ? `This file is ${formatBytes(file.size)}; a logo can be at most 5 MB.`
          : "",
    }));
  }

  function discard() {
    setValues(savedValues);
    if (logo) URL.revokeObjectURL(logo.url);
    setLogo(null);
    setErrors({});
  }

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (values.kind === "TEXT" && !normalizeMarkText(values.text))
      problems.text = "Enter the text of the watermark.";
    if (values.kind === "LOGO" && !logo && !saved.logoUrl) problems.logo = "Choose a logo image first.";
    if (Object.values(problems).some(Boolean)) {
      setErrors(problems);
      toast.error("Please check the highlighted fields.");
      return;
    }
    setSaving(true);
    try {
      let status: WatermarkStatus | null = null;
      let current = savedValues;
      if (logo && values.kind === "LOGO") {
        status = await uploadWatermarkLogo(slug, logo.file);
        current = formValues(status);
      }
      const rest = changesBetween(values, current);
      if (Object.keys(rest).length > 0) status = await saveWatermarkSettings(slug, rest);
      if (status) {
        setSaved(status.watermark);
        setProgress(status.reprocessing);
        setValues(formValues(status));
      }
      if (logo) URL.revokeObjectURL(logo.url);
      setLogo(null);
      setErrors({});
      const total = status?.reprocessing.total ?? 0;
      toast.success("Watermark saved", {
        description:
          total > 0
            ? `Re-applying it to ${countPhotos(total)} in the background.`
            : "New uploads will carry it.",
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : "The watermark could not be saved.";
      if (error instanceof FieldError && error.field) setErrors({ [error.field]: message });
      else if (logo && values.kind === "LOGO") setErrors({ logo: message });
      toast.error("The watermark was not saved", { description: message });
    } finally {
      setSaving(false);
    }
  }

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
      onSubmit={save}
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
            <div className="space-y-2">
              <p className="text-sm font-medium text-zinc-800" id="logo-label">
                Logo
              </p>
              <div className="flex items-center gap-4">
                <span className="flex h-16 w-24 shrink-0 items-center justify-center overflow-hidden rounded-lg bg-[conic-gradient(#e4e4e7_25%,#fafafa_0_50%,#e4e4e7_0_75%,#fafafa_0)] bg-[length:12px_12px] ring-1 ring-zinc-200">
                  {logoUrl ? (
                    // eslint-disable-next-line @next/next/no-img-element -- the staff-only logo or a local file
                    <img src={logoUrl} alt="Current logo" className="max-h-14 max-w-20 object-contain" />
                  ) : (
                    <ImageUp className="size-5 text-zinc-400" aria-hidden />
                  )}
                </span>
                <div className="min-w-0 space-y-1.5">
                  <input
                    ref={logoInput}
                    id="watermark-logo"
                    type="file"
                    accept={LOGO_ACCEPT}
                    className="sr-only"
                    aria-labelledby="logo-label"
                    aria-describedby="logo-hint"
                    disabled={disabled}
                    onChange={(event) => {
                      chooseLogo(event.target.files?.[0]);
                      event.target.value = "";
                    }}
                  />
                  {canEdit && (
                    <Button
                      variant="secondary"
                      size="sm"
                      onClick={() => logoInput.current?.click()}
                      disabled={disabled}
                    >
                      {logoUrl ? "Choose another logo…" : "Choose a logo…"}
                    </Button>
                  )}
                  <p
                    id="logo-hint"
                    className={cn("text-[13px]", errors.logo ? "font-medium text-red-600" : "text-zinc-500")}
                  >
                    {errors.logo ||
                      (logo
                        ? `${logo.file.name} (${formatBytes(logo.file.size)}), uploaded when you save.`
                        : canEdit
                          ? "PNG with transparency works best. At most 5 MB."
                          : saved.logoUrl
                            ? "The current logo."
                            : "No logo uploaded yet.")}
                  </p>
                </div>
              </div>
            </div>
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
              <Button variant="ghost" onClick={discard} disabled={saving}>
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
              <ServerPreview
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
              <fieldset>
                <legend className="mb-2 text-xs font-medium text-zinc-500">Preview on</legend>
                <div className="flex flex-wrap gap-2">
                  {samples.map((s) => (
                    <SampleChoice
                      key={s.id}
                      checked={s.id === sampleId}
                      onSelect={() => setSampleId(s.id)}
                      label={s.filename}
                    >
                      {s.thumbUrl ? (
                        // eslint-disable-next-line @next/next/no-img-element -- a 400 px public thumbnail
                        <img src={s.thumbUrl} alt="" className="size-full object-cover" />
                      ) : null}
                    </SampleChoice>
                  ))}
                  <SampleChoice
                    checked={sampleId === null}
                    onSelect={() => setSampleId(null)}
                    label="A neutral sample"
                  >
                    <span className="block size-full bg-gradient-to-b from-sky-300 via-orange-100 to-emerald-900" />
                  </SampleChoice>
                </div>
              </fieldset>
            )}
          </CardBody>
        </Card>
        <Card>
          <CardHeader title="Existing photos" className="py-4" />
          <CardBody className="py-4">
            <ReprocessingStatus progress={progress} />
          </CardBody>
        </Card>
      </div>
    </form>
  );
}

function SampleChoice({
  checked,
  onSelect,
  label,
  children,
}: {
  checked: boolean;
  onSelect: () => void;
  label: string;
  children: React.ReactNode;
}) {
  return (
    <label
      title={label}
      className={cn(
        "relative block size-12 cursor-pointer overflow-hidden rounded-md ring-2 transition",
        "has-[:focus-visible]:outline-brand-500 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2",
        checked ? "ring-zinc-900" : "opacity-80 ring-transparent hover:opacity-100",
      )}
    >
      <input type="radio" name="preview-sample" checked={checked} onChange={onSelect} className="sr-only" />
      <span className="sr-only">{label}</span>
      {children}
    </label>
  );
}

/** The server's own render of the unsaved settings (debounced), to check the live preview against. */
function ServerPreview({
  slug,
  values,
  sample,
  photo,
  unsavedLogo,
}: {
  slug: string;
  values: WatermarkSettings;
  sample: WatermarkSample | null;
  photo: PreviewPhoto;
  unsavedLogo: boolean;
}) {
  const params = new URLSearchParams({
    kind: values.kind,
    position: values.position,
    opacity: String(values.opacity),
    scale: String(values.scale),
    margin: String(values.margin),
    width: String(PREVIEW_WIDTH),
  });
  const text = normalizeMarkText(values.text);
  if (text) params.set("text", text);
  if (sample) params.set("mediaId", sample.id);
  const wanted = `${watermarkUrl(slug, "/preview")}?${params}`;
  const [src, setSrc] = useState(wanted);
  const [loaded, setLoaded] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  // A render costs the server a decode: wait until the sliders rest.
  useEffect(() => {
    const timer = setTimeout(() => setSrc(wanted), 350);
    return () => clearTimeout(timer);
  }, [wanted]);

  return (
    <div className="space-y-2">
      <div
        className="relative w-full overflow-hidden rounded-lg bg-zinc-100 ring-1 ring-zinc-950/10"
        style={{ aspectRatio: `${photo.width} / ${photo.height}` }}
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- a private, uncached server render */}
        <img
          src={src}
          alt={`The watermark drawn by the server on ${photo.label}`}
          className="absolute inset-0 size-full object-cover"
          onLoad={() => setLoaded(src)}
          onError={() => setFailed(src)}
        />
        {loaded !== src && failed !== src && (
          <span className="absolute top-2 right-2 rounded-full bg-white/90 p-1.5 shadow-sm">
            <LoaderCircle className="size-4 text-zinc-500 motion-safe:animate-spin" aria-hidden />
            <span className="sr-only">Rendering</span>
          </span>
        )}
      </div>
      {failed === src && <Alert>The server could not render this preview.</Alert>}
      {unsavedLogo && (
        <p className="text-xs text-zinc-500">
          The server render uses the saved logo until you save the new one.
        </p>
      )}
    </div>
  );
}
