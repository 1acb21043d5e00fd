import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage() {
  await requireUser("/reports");
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold tracking-tight">Reports</h1>
      <ul className="grid max-w-3xl gap-4">
        <li className="rounded border border-slate-200 bg-white p-4">
          <h2 className="font-semibold"><Link href="/reports/progress" className="text-sky-900 underline-offset-2 hover:underline">Progress between two dates</Link></h2>
          <p className="text-sm text-slate-700">What changed since the last meeting: treaty actions, domestic steps, pledges made, kept and late, Article 7 reports, quotes. Printable; Word, Excel and CSV downloads.</p>
        </li>
        <li className="rounded border border-slate-200 bg-white p-4">
          <h2 className="font-semibold"><Link href="/reports/targets" className="text-sky-900 underline-offset-2 hover:underline">Target list</Link></h2>
          <p className="text-sm text-slate-700">The states to prioritise, signatories first, each with the reasons for its place.</p>
        </li>
      </ul>
    </>
  );
}
