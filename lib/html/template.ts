// The one way to write HTML as a string (the kept scorecard tables, the board
// paper, its charts): the `html` tagged template escapes every value put into
// it, unless the value is already HTML — what `html` itself returns, or `raw`
// for markup made without any outside text (an SVG sprite). So a string
// builder cannot forget to escape: a title, a commentary or a caption goes in
// as it is and comes out as text.

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe for HTML, in content and in quoted attributes. */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** Markup that is already safe: it goes into an `html` template as it is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What a template takes: text and numbers (escaped), HTML (as it is), lists of either, and nothing (null, undefined, false). */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

function written(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(written).join("");
  return escapeHtml(value as string | number);
}

/** HTML with every value escaped (see above). */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += written(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** Markup made without any outside text (a drawing, a sprite), trusted as it is. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
