/**
 * The origin of a URL as "scheme://host[:port]". WHATWG URL (Node's) reports "null" as the
 * origin of custom schemes such as app://, so the shell compares this instead. Null if the
 * text is not a URL.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}
