import Link from "next/link";
import { connection } from "next/server";

// Rendered per request, like every page, so that its scripts carry the response's CSP nonce.
export default async function NotFound() {
  await connection();
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-12">
      <h1 className="mb-2 text-2xl font-semibold">Not found</h1>
      <p className="mb-4 text-slate-700">There is no page at this address. It may have been mistyped.</p>
      <Link href="/" className="underline underline-offset-2">Go to the dashboard</Link>
    </main>
  );
}
