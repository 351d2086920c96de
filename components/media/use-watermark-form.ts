"use client";

import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { countPhotos, formatBytes } from "./format-bytes";
import {
  FieldError,
  fetchWatermarkStatus,
  saveWatermarkSettings,
  uploadWatermarkLogo,
  type WatermarkStatus,
} from "./watermark-api";
import type { WatermarkSettings } from "./watermark-placement";
import { normalizeMarkText } from "./watermark-preview";

const LOGO_MAX_BYTES = 5 * 1024 * 1024;
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

/**
 * The watermark form's state: the saved settings and the edited ones, a chosen logo file, field
 * errors, saving (logo first, then the other changes), and the background re-derive's progress,
 * polled until every photo carries the current mark.
 */
export function useWatermarkForm(slug: string, initial: WatermarkStatus) {
  const [saved, setSaved] = useState(initial.watermark);
  const [progress, setProgress] = useState(initial.reprocessing);
  const [values, setValues] = useState(() => formValues(initial));
  const [logo, setLogo] = useState<{ file: File; url: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const logoRef = useRef(logo);

  const savedValues = formValues({ watermark: saved, reprocessing: progress });
  const changes = changesBetween(values, savedValues);
  const dirty = Object.keys(changes).length > 0 || (logo !== null && values.kind === "LOGO");

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

  return { saved, progress, values, logo, errors, saving, dirty, set, chooseLogo, discard, save };
}
