"use client";

import { Dialog } from "@/components/ui/dialog";
import { Kbd } from "./kbd";

export const SHORTCUTS: { keys: string[]; label: string; moderatorsOnly?: boolean }[] = [
  { keys: ["A"], label: "Approve the photo", moderatorsOnly: true },
  { keys: ["R"], label: "Reject the photo, with a reason", moderatorsOnly: true },
  { keys: ["J", "→"], label: "Next photo" },
  { keys: ["K", "←"], label: "Previous photo" },
  { keys: ["X"], label: "Select or unselect the photo", moderatorsOnly: true },
  { keys: ["?"], label: "Show these shortcuts" },
];

/** Every keyboard shortcut of the review queue. They never fire while you type in a field. */
export function ShortcutsDialog({
  open,
  onClose,
  canModerate,
}: {
  open: boolean;
  onClose: () => void;
  canModerate: boolean;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Keyboard shortcuts"
      description="They work anywhere on this page except while you type in a field."
      className="max-w-md"
    >
      <ul className="divide-y divide-zinc-100">
        {SHORTCUTS.filter((s) => canModerate || !s.moderatorsOnly).map((shortcut) => (
          <li key={shortcut.label} className="flex items-center justify-between gap-4 py-2.5 text-sm">
            <span className="text-zinc-700">{shortcut.label}</span>
            <span className="flex items-center gap-1">
              {shortcut.keys.map((key, index) => (
                <span key={key} className="flex items-center gap-1">
                  {index > 0 && <span className="text-xs text-zinc-500">or</span>}
                  <Kbd>{key}</Kbd>
                </span>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
