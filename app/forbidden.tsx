import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-xl rounded border-l-4 border-orange-700 bg-white p-6">
      <h1 className="text-2xl font-bold">You do not have access to this page</h1>
      <p className="mt-2 text-gray-800">
        Your role does not allow you to see this. Board members read published board papers only, never live
        scorecards or drafts.
      </p>
      <p className="mt-4">
        <Link href="/">Go to your home page</Link>
      </p>
    </div>
  );
}
