import { describe, expect, it } from "vitest";
import en from "@/messages/en";
import { CLIENT_NAMESPACES, clientMessages } from "@/platform/i18n/client-messages";
import { clientNamespaces } from "../support/client-namespaces";

const covered = (namespace: string) => CLIENT_NAMESPACES.some((picked) => namespace === picked || namespace.startsWith(`${picked}.`));

describe("the catalogs sent to the browser", () => {
  it("hold every namespace a component running in the browser translates with", () => {
    const needed = clientNamespaces(process.cwd());
    expect(needed).not.toContain("*");
    expect(needed.length).toBeGreaterThan(10);
    expect(needed.filter((namespace) => !covered(namespace))).toEqual([]);
  });

  it("leave out what only the server uses, and keep what they pick whole", () => {
    const picked = clientMessages(en) as Record<string, Record<string, unknown>>;
    expect(picked.labels).toEqual(en.labels);
    expect(picked.contacts.form).toEqual(en.contacts.form);
    expect(picked.reports).toBeUndefined();
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(en).length * 0.8);
  });
});
