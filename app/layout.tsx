import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Adhere", template: "%s · Adhere" },
  description: "Universalization outreach tracker for the Convention on Cluster Munitions",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
