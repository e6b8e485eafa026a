// The render-path experiment (bench/README.md, "One way to render"; wired in
// by bench/render-react.patch, switched on by LANTERN_RENDER_EXPERIMENT=react): the same
// markup the string builders make, turned into React elements, so a page can
// render it as React server components do (elements in the HTML and again in
// the RSC payload) and be measured against the kept-HTML path. The element
// tree is built once per distinct HTML and reused (as a cached component's
// output would be): what is measured is React rendering and sending it.
// Handles the builders' own markup only: quoted and unquoted attributes, void
// elements, self-closing SVG, and the optional </td>, </th>, </tr> end tags.
import { createElement, type ReactNode } from "react";

const VOID = new Set(["br", "col", "img", "input", "hr", "meta", "link", "use", "path", "circle", "rect", "line", "polyline", "stop"]);
const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: "\u00a0" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITY[e]);
const RENAME: Record<string, string> = { class: "className", tabindex: "tabIndex", colspan: "colSpan", for: "htmlFor", readonly: "readOnly" };

function propName(name: string): string {
  if (RENAME[name]) return RENAME[name];
  if (name.startsWith("aria-") || name.startsWith("data-")) return name;
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

interface Node {
  tag: string;
  props: Record<string, unknown>;
  children: (Node | string)[];
}

function parse(html: string): (Node | string)[] {
  const root: Node = { tag: "#root", props: {}, children: [] };
  const stack: Node[] = [root];
  const top = () => stack[stack.length - 1];
  const token = /<!--[\s\S]*?-->|<\/([a-zA-Z0-9]+)\s*>|<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:'[^']*'|"[^"]*"|[^\s>]+))?)*)\s*(\/?)>|([^<]+)/g;
  const attribute = /([^\s=/>]+)(?:\s*=\s*(?:'([^']*)'|"([^"]*)"|([^\s>]+)))?/g;
  for (const m of html.matchAll(token)) {
    const [, end, start, attrs, selfClosing, text] = m;
    if (text !== undefined) top().children.push(decode(text));
    else if (end) {
      const name = end.toLowerCase();
      const at = stack.map((n) => n.tag).lastIndexOf(name);
      if (at > 0) stack.length = at;
    } else if (start) {
      const tag = start;
      const lower = tag.toLowerCase();
      if (lower === "td" || lower === "th") while (["td", "th"].includes(top().tag)) stack.pop();
      if (lower === "tr") while (["td", "th", "tr"].includes(top().tag)) stack.pop();
      if (lower === "tbody" || lower === "thead") while (["td", "th", "tr"].includes(top().tag)) stack.pop();
      const props: Record<string, unknown> = {};
      for (const a of (attrs ?? "").matchAll(attribute)) {
        const value = a[2] ?? a[3] ?? a[4];
        props[propName(a[1])] = value === undefined ? true : decode(value);
      }
      const node: Node = { tag, props, children: [] };
      top().children.push(node);
      if (!selfClosing && !VOID.has(lower)) stack.push(node);
    }
  }
  return root.children;
}

function toReact(nodes: (Node | string)[]): ReactNode[] {
  return nodes.map((n, i) => (typeof n === "string" ? n : createElement(n.tag, { key: i, ...n.props }, ...(n.children.length ? toReact(n.children) : []))));
}

const trees = new Map<string, ReactNode>();

/** The markup as React elements (built once per distinct HTML). */
export function HtmlAsReact({ html }: { html: string }) {
  let tree = trees.get(html);
  if (tree === undefined) {
    tree = createElement("div", null, ...toReact(parse(html)));
    trees.set(html, tree);
    if (trees.size > 256) trees.delete(trees.keys().next().value!);
  }
  return tree;
}
