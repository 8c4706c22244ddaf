/** The text on one line, cut to `max` characters with an ellipsis. */
export function shorten(text: string, max = 140): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
