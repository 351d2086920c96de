// MySQL and MariaDB report types and defaults differently from how Prisma writes them
// (`int(11)` for INTEGER, `tinyint(1)` for BOOLEAN, `current_timestamp(3)`, `0` for false);
// both sides go through these before they are compared.

/** A column type in one canonical spelling: lowercase, no integer display widths, no spaces in lists. */
export function normalizeType(type: string): string {
  const t = type.trim();
  const enumMatch = /^enum\s*\((.*)\)$/is.exec(t);
  if (enumMatch) return `enum(${splitSqlList(enumMatch[1] ?? "").join(",")})`;
  let lower = t.toLowerCase().replace(/\s+/g, " ");
  if (/^(boolean|bool|tinyint\(1\))$/.test(lower)) return "boolean";
  lower = lower.replace(/^integer\b/, "int");
  lower = lower.replace(/^(tinyint|smallint|mediumint|int|bigint)\(\d+\)/, "$1");
  return lower.replace(/\s*,\s*/g, ",");
}

/** A default expression in one canonical spelling, so `false`, `0` and `'0'`-free forms compare equal. */
export function normalizeDefault(value: string | null, type: string): string | null {
  if (value === null) return null;
  const v = value.trim();
  if (/^current_timestamp(\(\d*\))?$/i.test(v) || /^now\(\d*\)$/i.test(v)) {
    const precision = /\((\d+)\)/.exec(v)?.[1] ?? "0";
    return `current_timestamp(${precision})`;
  }
  const kind = normalizeType(type);
  if (kind === "boolean") {
    if (/^(false|0|'0')$/i.test(v)) return "0";
    if (/^(true|1|'1')$/i.test(v)) return "1";
  }
  if (/^(tinyint|smallint|mediumint|int|bigint|double|float|decimal|real)/.test(kind)) {
    const unquoted = v.replace(/^'(.*)'$/, "$1");
    const n = Number(unquoted);
    if (unquoted !== "" && Number.isFinite(n)) return String(n);
  }
  return v;
}

/** Splits `'A', 'B,C'` into `'A'` and `'B,C'`, respecting quotes. */
function splitSqlList(list: string): string[] {
  const items: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (ch === "'") {
      if (quoted && list[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
      current += ch;
    } else if (ch === "," && !quoted) {
      items.push(current.trim());
      current = "";
    } else {
      current += ch;
    }
  }
  if (current.trim()) items.push(current.trim());
  return items;
}
