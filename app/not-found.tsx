import Link from "next/link";

// Named for what it is, not the bare "Lantern" the root layout gives a page without a title.
export const metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl rounded bg-white p-6">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2 text-gray-800">Check the address, or start again from the overview.</p>
      <p className="mt-4">
        <Link href="/">Go to the overview</Link>
      </p>
    </div>
  );
}
