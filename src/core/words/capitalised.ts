/** The text with its first letter in upper case (`high` → `High`), for titles and labels made from data values. */
export function capitalised(text: string): string {
  return text ? `${text[0]?.toUpperCase()}${text.slice(1)}` : text;
}
