/** Which URLs the extension may fetch: https anywhere, plain http only on loopback (for tests). */

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** Whether a URL is allowed as a data source. */
export function isAllowedDataUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && LOOPBACK.test(url.hostname);
}

/** A base URL without a trailing slash, or null when not allowed. */
export function normaliseBaseUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > 500) return null;
  const trimmed = raw.trim().replace(/\/+$/, '');
  return isAllowedDataUrl(trimmed) ? trimmed : null;
}
