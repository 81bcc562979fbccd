/** Number and text formatting shared by the status bar, hovers, the sidebar and Markdown exports. */

/** `qwen3.7-max-20260517` → `Qwen3.7-Max`: date stamp dropped, each part capitalised. For compact places only. */
export function shortModelName(name: string): string {
  return name
    .replace(/-20\d{6}(?=$|[-\s(])/g, '')
    .split('-')
    .map(capitalised)
    .join('-');
}

/** `the prices` → `The prices`: the first letter in upper case. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Escapes text for a Markdown context (hover, exported table): no markup, links, HTML or line breaks survive. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_[\]<>|!~$&]/g, (c) => `\\${c}`);
}

/** `1516.68` → `1517`. */
/** The UTC day of a time (ms since epoch), `2026-12-02`. */
export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export function formatScore(n: number): string {
  return Math.round(n).toString();
}

/** Half-width of the 95% interval: `±8`. */
export function formatInterval(lower: number, upper: number): string {
  return `±${Math.max(0, Math.round((upper - lower) / 2))}`;
}

/** `8373` → `8,373`. */
export function formatCount(n: number): string {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** USD per million tokens: `$2.50`, `$1.475` (no rounding of a third decimal), `free`; `—` when unknown. */
export function formatPrice(perM: number | null): string {
  if (perM === null) return '—';
  if (perM === 0) return 'free';
  if (perM >= 100) return `$${Math.round(perM)}`;
  const three = Math.round(perM * 1000) / 1000;
  return `$${Math.abs(three * 100 - Math.round(three * 100)) < 1e-9 ? three.toFixed(2) : three.toFixed(3)}`;
}

/** Context window in decimal units: `1M`, `262K`; `—` when unknown. */
export function formatContext(tokens: number | null): string {
  if (tokens === null) return '—';
  if (tokens >= 1_000_000) return `${Math.round(tokens / 100_000) / 10}M`;
  return `${Math.round(tokens / 1000)}K`;
}
