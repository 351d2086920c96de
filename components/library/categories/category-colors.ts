/** Colours that keep 3:1 against white (WCAG non-text contrast), named for screen readers. */
export const CATEGORY_COLORS: { hex: string; name: string }[] = [
  { hex: "#71717a", name: "Grey" },
  { hex: "#dc2626", name: "Red" },
  { hex: "#ea580c", name: "Orange" },
  { hex: "#b45309", name: "Amber" },
  { hex: "#16a34a", name: "Green" },
  { hex: "#0d9488", name: "Teal" },
  { hex: "#0284c7", name: "Sky" },
  { hex: "#2563eb", name: "Blue" },
  { hex: "#7c3aed", name: "Violet" },
  { hex: "#db2777", name: "Pink" },
];

export const DEFAULT_CATEGORY_COLOR = CATEGORY_COLORS[0]!.hex;

export const HEX_COLOR = /^#[0-9a-f]{6}$/i;
