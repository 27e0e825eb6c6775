/**
 * A short, single-line excerpt of a non-JSON body (an HTML 502 page from a proxy, a plain-text
 * error): tags and entities stripped, whitespace collapsed, cut at `max` characters. Enough to say
 * what happened without dumping a whole page into an error message or a log line.
 */
export function excerpt(text: string, max = 200): string {
  const flat = text
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
