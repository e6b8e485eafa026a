// A white panel with a border: a section of a page, a form, an item in a list.
import type { HTMLAttributes, ReactNode } from "react";

export function cardClass({ padding = "md", className }: { padding?: "sm" | "md"; className?: string } = {}) {
  return ["rounded border border-gray-300 bg-white", padding === "sm" ? "p-3" : "p-4", className].filter(Boolean).join(" ");
}

export function Card({
  as: Tag = "section",
  padding,
  className,
  children,
  ...rest
}: { as?: "section" | "div" | "article" | "li" | "aside"; padding?: "sm" | "md"; children: ReactNode } & HTMLAttributes<HTMLElement>) {
  return (
    <Tag className={cardClass({ padding, className })} {...rest}>
      {children}
    </Tag>
  );
}
