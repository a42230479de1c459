/**
 * Rule descriptions and messages are written for terminals, with identifiers in backticks
 * (`brief-why`, `{{name}}`). On the site those spans are code, not literal backticks: this splits
 * a text into plain and code runs so a component can render each as text (never as HTML).
 */

export interface TextRun {
  text: string;
  code: boolean;
}

/** Plain and code runs of `text`; an unpaired backtick stays literal text. */
export function inlineCodeRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let rest = text;
  for (;;) {
    const open = rest.indexOf('`');
    const close = open === -1 ? -1 : rest.indexOf('`', open + 1);
    if (open === -1 || close === -1) break;
    if (open > 0) runs.push({ text: rest.slice(0, open), code: false });
    if (close > open + 1) runs.push({ text: rest.slice(open + 1, close), code: true });
    rest = rest.slice(close + 1);
  }
  if (rest !== '') runs.push({ text: rest, code: false });
  return runs;
}
