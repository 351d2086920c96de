"use client";

import { useEffect, useRef } from "react";

export type ShortcutHandlers = Partial<
  Record<"approve" | "reject" | "next" | "previous" | "select" | "help", () => void>
>;

const KEYS: Record<string, keyof ShortcutHandlers> = {
  a: "approve",
  r: "reject",
  j: "next",
  ArrowRight: "next",
  k: "previous",
  ArrowLeft: "previous",
  x: "select",
  "?": "help",
};

/** Keys typed into a field belong to the field. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit"].includes(target.type)
  );
}

/**
 * The review queue's keys (A, R, J/→, K/←, X, ?), on the whole page. They stay quiet while the user
 * types in a field, while a dialog is open, and with Ctrl, Cmd or Alt held (browser shortcuts).
 */
export function useReviewShortcuts(handlers: ShortcutHandlers) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (isTyping(event.target) || document.querySelector("dialog[open]")) return;
      const name = KEYS[event.key.length === 1 ? event.key.toLowerCase() : event.key];
      const handler = name && latest.current[name];
      if (!handler) return;
      event.preventDefault();
      handler();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
