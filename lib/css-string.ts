/**
 * Text as a quoted CSS string, for a custom property a stylesheet shows with `content`: the
 * policies' headings are third parties' text, and a quote, a backslash or a line break must not
 * end the string early. Each is written as its hexadecimal escape.
 */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}
