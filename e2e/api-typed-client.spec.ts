import createClient from "openapi-fetch";
import type { paths } from "../tests/support/api-types";
import { test, expect } from "./fixtures";

test.describe("read API through a client generated from its description", () => {
  test("a program typed by `npm run api:types` reads states, one state, pledges and meetings with a personal token", async ({
    page,
    baseURL,
    createUser,
    signIn,
  }) => {
    await signIn(page, await createUser({ role: "VIEWER" }));
    await page.goto("/account");
    const form = page.getByRole("form", { name: "Create an API token" });
    await form.getByLabel("Token name").fill("Typed client");
    await form.getByRole("button", { name: "Create token" }).click();
    const token = await page.getByLabel("Your new API token").inputValue();
    expect(token).toMatch(/^adh_/);

    const api = createClient<paths>({ baseUrl: baseURL, headers: { Authorization: `Bearer ${token}` } });

    const states = await api.GET("/api/v1/states", { params: { query: { region: "Africa", status: "SIGNATORY", asOf: "2013-09-13", limit: 100 } } });
    expect(states.response.status).toBe(200);
    expect(states.data!.data.length).toBeGreaterThan(0);
    expect(states.data!.data.every((s) => s.region === "Africa" && s.status === "SIGNATORY")).toBe(true);
    expect(states.data!.page.total).toBe(states.data!.data.length);

    const chad = await api.GET("/api/v1/states/{iso3}", { params: { path: { iso3: "TCD" }, query: { asOf: "2013-09-13" } } });
    expect(chad.data!.data).toMatchObject({ name: "Chad", status: "STATE_PARTY", entryIntoForce: { date: "2013-09-01" } });

    const pledges = await api.GET("/api/v1/pledges", { params: { query: { kind: "TREATY_ACTION", limit: 5 } } });
    expect(pledges.data!.data.length).toBeGreaterThan(0);
    expect(pledges.data!.data.every((p) => p.kind === "TREATY_ACTION")).toBe(true);

    const meetings = await api.GET("/api/v1/meetings", { params: { query: { kind: "INTERSESSIONAL", from: "2013-01-01", to: "2013-12-31" } } });
    expect(meetings.data!.data.map((m) => m.startDate)).toContain("2013-04-15");
    expect(meetings.data!.data.find((m) => m.startDate === "2013-04-15")!.pledges).toBeGreaterThanOrEqual(18);

    // The failures are typed too: an unknown state is a problem object, not data.
    const unknown = await api.GET("/api/v1/states/{iso3}", { params: { path: { iso3: "XXX" } } });
    expect(unknown.response.status).toBe(404);
    expect(unknown.data).toBeUndefined();
    expect(unknown.error).toMatchObject({ status: 404 });
  });
});
