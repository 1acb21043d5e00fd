import type { PrismaClient } from "@prisma/client";

/**
 * Every page of the app, with real records to open: the accessibility and narrow-screen checks walk the same list, so
 * a new page is added once. Administration pages are listed apart (they need an administrator and their own id).
 */
export async function appPages(prisma: PrismaClient): Promise<{ signedIn: string[]; administration: (adminId: string) => string[] }> {
  const [meeting, pledge, contact, organisation] = await Promise.all([
    prisma.meeting.findFirstOrThrow({ select: { id: true }, orderBy: { startDate: "asc" } }),
    prisma.pledge.findFirstOrThrow({ select: { id: true }, orderBy: { id: "asc" } }),
    prisma.contact.findFirstOrThrow({ where: { deletedAt: null, sensitivity: "SHARED" }, select: { id: true }, orderBy: { id: "asc" } }),
    prisma.organisation.findFirstOrThrow({ select: { id: true }, orderBy: { id: "asc" } }),
  ]);
  return {
    signedIn: [
      "/",
      "/?asOf=2013-04-18",
      "/states",
      "/states/ZAF",
      "/states/TCD?asOf=2013-04-18",
      "/states/article7-import",
      "/meetings",
      `/meetings/${meeting.id}`,
      `/meetings/${meeting.id}/import`,
      "/pledges",
      `/pledges/${pledge.id}`,
      "/pledges/new",
      "/contacts",
      "/contacts/new",
      `/contacts/${contact.id}`,
      "/reports",
      "/reports/progress",
      "/reports/targets",
      `/organisations/${organisation.id}`,
      "/account",
    ],
    administration: (adminId) => ["/admin/users", `/admin/users/${adminId}`, "/admin/audit", "/admin/settings"],
  };
}
