// A tiny HTML builder for the public pages, which are rendered as plain HTML by route handlers (see
// app/(public)/README.md for why). Every interpolated value is escaped unless it is already SafeHtml.

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Markup that is already safe to emit as is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

/** Text or an attribute value, escaped for HTML (quotes included, so any quoted attribute is safe). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

// Templates are written (and formatted by Prettier) over several lines; the line breaks and indentation
// of their literal parts are layout, not content, and would only add weight to every page.
const compacted = new WeakMap<TemplateStringsArray, string[]>();

function compact(part: string): string {
  // Next to a tag boundary a break is nothing; elsewhere (between attributes) it is one space.
  return part
    .replace(/>\s*\n\s*</g, "><")
    .replace(/^\s*\n\s*(?=<)/, "")
    .replace(/(?<=>)\s*\n\s*$/, "")
    .replace(/\s*\n\s*/g, " ");
}

/** `html\`<p>${text}</p>\``: values are escaped, SafeHtml and arrays of it are inserted as they are. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let parts = compacted.get(strings);
  if (!parts) {
    parts = strings.map(compact);
    compacted.set(strings, parts);
  }
  let out = parts[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + parts[i + 1]!;
  return new SafeHtml(out);
}

/** Markup built by our own code (CSS, a script), inserted unescaped. Never pass user input. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
