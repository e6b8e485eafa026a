// Renders the safe markup subset (lib/snapshots/markup.ts) as React elements:
// text is always text, never HTML.
import type { Block, Inline } from "@/lib/snapshots/markup";

function Inlines({ parts }: { parts: Inline[] }) {
  return (
    <>
      {parts.map((part, i) => (part.bold ? <strong key={i}>{part.text}</strong> : <span key={i}>{part.text}</span>))}
    </>
  );
}

export function RichText({ blocks }: { blocks: Block[] }) {
  return (
    <div className="space-y-3 leading-relaxed">
      {blocks.map((block, i) => {
        if (block.kind === "paragraph") return <p key={i}><Inlines parts={block.content} /></p>;
        const List = block.kind === "bullets" ? "ul" : "ol";
        return (
          <List key={i} className={`${block.kind === "bullets" ? "list-disc" : "list-decimal"} space-y-1 pl-6`}>
            {block.items.map((item, j) => (
              <li key={j}><Inlines parts={item} /></li>
            ))}
          </List>
        );
      })}
    </div>
  );
}
