"use client";
// The result of an action that ends on another page or view (a server action
// that redirects, such as undoing an import): the new page shows it here, and
// as it arrives it is said in the live region and takes focus, as a result
// shown in place would (./focus-manager.tsx leaves both alone).
import { useEffect } from "react";
import { Alert } from "./alert";
import { announce, moveFocus } from "./focus";

export function ArrivalResult({ id, tone = "success", children }: { id: string; tone?: "success" | "warning"; children: string }) {
  useEffect(() => {
    announce(children);
    moveFocus(id);
  }, [id, children]);
  return (
    <Alert tone={tone} id={id}>
      {children}
    </Alert>
  );
}
