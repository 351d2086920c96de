import { toast } from "sonner";
import { countPhotos } from "./format-bytes";
import type { UploadEntry } from "./upload-queue";

/** One toast per batch once all its files have an outcome. */
export function toastUploadBatch(entries: UploadEntry[]) {
  const count = (status: UploadEntry["status"]) => entries.filter((e) => e.status === status).length;
  const created = count("created");
  const duplicates = count("duplicate");
  const refused = count("refused") + count("failed");
  const cancelled = count("cancelled");
  // The person cancelled everything themselves: nothing to tell them.
  if (cancelled === entries.length) return;

  if (entries.length === 1) {
    const entry = entries[0]!;
    const name = entry.file.name;
    if (created) return toast.success(`${name} uploaded`, { description: "It is being processed now." });
    if (duplicates) return toast.info(`${name} is already in the library`);
    if (entry.status === "cancelled") return;
    return toast.error(`${name} was not uploaded`, { description: entry.message });
  }
  const details = [
    duplicates > 0 && `${duplicates} already in the library`,
    refused > 0 && `${refused} not uploaded`,
    cancelled > 0 && `${cancelled} cancelled`,
  ].filter(Boolean) as string[];
  if (created === entries.length) {
    toast.success(`${countPhotos(created)} uploaded`, { description: "They are being processed now." });
  } else if (created > 0) {
    toast.warning(`${created} of ${countPhotos(entries.length, "file")} uploaded`, {
      description: details.join(" · "),
    });
  } else if (refused === 0) {
    toast.info(`No new photos in ${countPhotos(entries.length, "file")}`, {
      description: details.join(" · "),
    });
  } else {
    toast.error(`None of the ${entries.length} files was uploaded`, { description: details.join(" · ") });
  }
}
