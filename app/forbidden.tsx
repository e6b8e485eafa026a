import Link from "next/link";
import { forbiddenExplanation } from "@/lib/auth/forbidden-text";
import { currentUser } from "@/lib/auth/session";

export default async function Forbidden() {
  const user = await currentUser();
  return (
    <div className="mx-auto max-w-xl rounded border-l-4 border-orange-700 bg-white p-6">
      <h1 className="text-2xl font-bold">You do not have access to this page</h1>
      <p className="mt-2 text-gray-800">{forbiddenExplanation(user)}</p>
      <p className="mt-4">
        <Link href="/">Go to your home page</Link>
      </p>
    </div>
  );
}
