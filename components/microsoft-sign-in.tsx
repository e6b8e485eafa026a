// "Sign in with Microsoft": a form posting to the server action that hands
// the person to their council's Microsoft sign-in.
import { Button } from "@/components/ui/button";

export function MicrosoftSignIn({ action, next }: { action: (form: FormData) => Promise<void>; next: string | null }) {
  return (
    <form action={action}>
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Button type="submit" variant="secondary" className="w-full">
        Sign in with Microsoft
      </Button>
    </form>
  );
}
