import Link from "next/link";

export default function NotFound() {
  return (
    <div className="max-w-xl">
      <h1 className="mb-2 text-2xl font-semibold">Not found</h1>
      <p className="mb-4 text-slate-700">There is no record at this address. It may have been mistyped.</p>
      <Link href="/states" className="underline underline-offset-2">Go to the list of states</Link>
    </div>
  );
}
