// The small parts every screen and every kept HTML string share (a RAG badge,
// a commentary status, a direction, a sparkline, a stacked table) are each
// described once, as data: an element with its attributes (HTML names) and
// children. The React components render the description (`atomElement`), the
// string builders write it (`atomHtml`, escaped like every `html` template), so
// a badge looks and reads the same in the live table, the cards, the board
// paper and the PDF, with one set of class names (Tailwind's).
import { createElement, isValidElement, type ReactElement, type ReactNode } from "react";
import { escapeHtml, html, raw, SafeHtml } from "@/lib/html/template";

export interface Atom {
  tag: string;
  attrs?: Record<string, string | number | boolean | undefined>;
  children?: AtomChild[];
}

/** A child: another atom, text (escaped), HTML already safe (string builders only), a React node (React only), or nothing. */
export type AtomChild = Atom | SafeHtml | ReactElement | string | number | null | undefined | false;

const VOID = new Set(["br", "col", "img", "input", "use", "path", "circle", "rect", "line", "polyline"]);

function isAtom(child: unknown): child is Atom {
  return typeof child === "object" && child !== null && "tag" in child && !isValidElement(child) && !(child instanceof SafeHtml);
}

/** The atom as HTML (attribute values and text escaped; tag and attribute names are the atoms' own). */
export function atomHtml(atom: Atom): SafeHtml {
  let open = `<${atom.tag}`;
  for (const [name, v] of Object.entries(atom.attrs ?? {})) {
    if (v === undefined || v === false) continue;
    open += v === true ? ` ${name}` : ` ${name}="${escapeHtml(v)}"`;
  }
  if (VOID.has(atom.tag)) return raw(`${open}/>`);
  const children = (atom.children ?? []).map((c) => {
    if (isAtom(c)) return atomHtml(c);
    if (isValidElement(c)) throw new Error(`<${atom.tag}>: a React element cannot be written as an HTML string`);
    return c as SafeHtml | string | number | null | undefined | false;
  });
  return html`${raw(`${open}>`)}${children}${raw(`</${atom.tag}>`)}`;
}

const RENAME: Record<string, string> = { class: "className", tabindex: "tabIndex", colspan: "colSpan", for: "htmlFor" };

/** An HTML attribute's name as React's prop (class → className, stroke-width → strokeWidth; aria-* and data-* as they are). */
function propName(name: string): string {
  if (RENAME[name]) return RENAME[name];
  if (name.startsWith("aria-") || name.startsWith("data-")) return name;
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** The atom as a React element. */
export function atomElement(atom: Atom, key?: string | number): ReactElement {
  const props: Record<string, unknown> = { key };
  for (const [name, v] of Object.entries(atom.attrs ?? {})) if (v !== undefined && v !== false) props[propName(name)] = v;
  const children = (atom.children ?? []).map((c, i): ReactNode => {
    if (isAtom(c)) return atomElement(c, i);
    if (c instanceof SafeHtml) throw new Error(`<${atom.tag}>: HTML cannot be a React child`);
    return c;
  });
  return createElement(atom.tag, props, ...children);
}
