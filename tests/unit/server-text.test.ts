import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/domain/locale";
import { SIGN_IN_FAILED, signInErrorMessage, throttledError } from "@/lib/domain/sign-in";
import { scopeRefusal } from "@/lib/domain/region-scope";
import { treatyRecordProblems } from "@/lib/domain/treaty-record-rules";
import { SERVER_TEXT, TERMS } from "@/platform/i18n/server-text/catalog";
import { translateActionResult, translateServerText } from "@/platform/i18n/server-text";
import { conflictMessage } from "@/platform/mutations/conflict";
import { fieldLabelsIn, read, serverMessagesIn, typeScriptFiles } from "../support/server-messages";

const root = path.resolve(__dirname, "../..");
/** Where the server writes messages for people: the mutations (each feature's, and the shared path), and the lib/domain rules whose messages they return. */
const SOURCES = [
  ...typeScriptFiles(root, "platform/mutations"),
  ...typeScriptFiles(root, "features").filter((file) => /(^|\/|-)mutations(\/|\.ts$)|\/keeping\.ts$/.test(file)), "lib/domain/region-scope.ts", "lib/domain/treaty-record-rules.ts", "lib/domain/sign-in.ts"];
const OTHER = ["fr", "es"] as const;

/** Sentences found in those files that are never shown as a message (sample values X1, X2… for ${…}). */
const NOT_MESSAGES = new Set([
  "X1, imported summary", // the source recorded with imported steps (data, like a source typed in)
  "Treaty record: X1 (source: X2)", // the evidence recorded with a kept pledge (data)
  "X1 and X2", // listRegions: the list is translated item by item (see "{regions}" and "{list}")
]);
/** Messages already written in the language they announce: the one the reader has just chosen. */
const ALREADY_IN_THEIR_LANGUAGE = new Set([
  "Pages and exports are now in English.",
  "Les pages et les exports sont désormais en français.",
  "Las páginas y las exportaciones están ahora en español.",
]);
/** Catalog entries that really read the same (locale:English). */
const SAME = new Set([
  "fr:{name} ({region})", "es:{name} ({region})",
  "es:{name} → {states}: {longDate}, {contactStatus}, {channel}",
  "fr:1 contact", "fr:{n} contacts",
  "fr:Date", "fr:Note", "fr:Signature", "fr:Source", "fr:minutes",
]);

const messages = SOURCES.flatMap((file) => serverMessagesIn(file, read(root, file)));
const labels = SOURCES.flatMap((file) => fieldLabelsIn(file, read(root, file)));

describe("server messages in the reader's language", () => {
  it("finds the messages of every mutation file", () => {
    expect(messages.length).toBeGreaterThan(200);
    expect(messages.map((m) => m.sample)).toContain("Some fields need attention. Nothing was saved.");
    expect(messages.map((m) => m.sample)).toContain("X1 was changed by X2 at X3 UTC while you were editing. Review the current values, then save again to re-apply your change; your input is kept below.");
  });

  it.each(OTHER)("translates every message written in lib/mutations (and the rules they use) into %s", (locale) => {
    const untranslated = messages
      .filter((m) => !NOT_MESSAGES.has(m.sample) && !ALREADY_IN_THEIR_LANGUAGE.has(m.sample))
      .filter((m) => translateServerText(m.sample, locale) === m.sample)
      .map((m) => `${m.file}:${m.line} ${m.sample.trim()}`);
    expect(untranslated, "add these to platform/i18n/server-text/catalog.ts").toEqual([]);
  });

  it("would catch a new message added without translations", () => {
    const found = serverMessagesIn("new.ts", 'throw new ActionError("invalid", `The thing “${name}” cannot be frobbed yet.`, { a: "Try again tomorrow." });');
    expect(found.map((m) => m.sample)).toEqual(["The thing “X1” cannot be frobbed yet.", "Try again tomorrow."]);
    for (const m of found) expect(translateServerText(m.sample, "fr")).toBe(m.sample);
  });

  it.each(OTHER)("has a %s name for every form field named in a message", (locale) => {
    expect(labels.length).toBeGreaterThan(20);
    const missing = labels.filter(({ label }) => !TERMS.some(([en]) => en === label)).map((l) => `${l.file}:${l.line} ${l.label}`);
    expect(missing, "add these to TERMS in platform/i18n/server-text/catalog.ts").toEqual([]);
    for (const [en, ...translations] of TERMS) {
      const translated = translations[OTHER.indexOf(locale)];
      if (!SAME.has(`${locale}:${en}`)) expect(translated, `${locale}: ${en}`).not.toBe(en);
    }
  });

  it("keeps the catalog consistent: each English pattern once, no placeholder in a translation that the English lacks", () => {
    const english = SERVER_TEXT.map(([en]) => en);
    expect(english.filter((en, i) => english.indexOf(en) !== i)).toEqual([]);
    const placeholders = (text: string) => [...text.matchAll(/\{([A-Za-z0-9]+)\}/g)].map((m) => m[1]).sort();
    for (const [en, fr, es] of SERVER_TEXT) {
      // A translation may leave a detail out (zod's English technical detail), never carry one the English lacks.
      for (const name of [...placeholders(fr), ...placeholders(es)]) expect(placeholders(en), `${en}`).toContain(name);
      if (!/^(Invalid|Too|Unrecognized) /.test(en)) {
        expect(placeholders(fr), `fr: ${en}`).toEqual(placeholders(en));
        expect(placeholders(es), `es: ${en}`).toEqual(placeholders(en));
      }
      if (!SAME.has(`fr:${en}`)) expect(fr, `fr: ${en}`).not.toBe(en);
      if (!SAME.has(`es:${en}`)) expect(es, `es: ${en}`).not.toBe(en);
    }
  });

  it("leaves English, and text it does not know, as it is", () => {
    expect(translateServerText("Contact saved.", "en")).toBe("Contact saved.");
    expect(translateServerText("Something nobody wrote a translation for.", "fr")).toBe("Something nobody wrote a translation for.");
  });

  it("carries names and titles over unchanged, and translates field names and enum labels", () => {
    expect(translateServerText("Summary is required.", "fr")).toBe("Résumé : ce champ est obligatoire.");
    expect(translateServerText("Summary is required.", "es")).toBe("Resumen: este campo es obligatorio.");
    expect(translateServerText("Place is too long (at most 300 characters).", "es")).toBe("Lugar: el texto es demasiado largo (300 caracteres como máximo).");
    expect(translateServerText("Enter the idle timeout as a number of minutes.", "fr")).toBe("Délai d'inactivité : saisissez un nombre (minutes).");
    expect(translateServerText("Your role (Viewer) cannot do this. Nothing was saved.", "fr")).toBe("Votre rôle (Lecteur) ne permet pas de faire ceci. Rien n'a été enregistré.");
    expect(translateServerText("“Parliamentary approval” is saved as in progress.", "fr")).toBe("« Parliamentary approval » est enregistrée avec le statut « en cours ».");
    expect(translateServerText("Step “Cabinet approval” added.", "es")).toBe("Paso «Cabinet approval» añadido.");
    expect(translateServerText("3 pledges marked kept.", "es")).toBe("3 compromisos marcados como «cumplido».");
  });

  it("translates a conflict, the part naming the record included", () => {
    const at = new Date("2026-03-01T09:30:00Z");
    expect(translateServerText(conflictMessage("This contact", "Ana Ruiz", at), "fr")).toBe(
      "Ana Ruiz a modifié ce contact (2026-03-01 09:30 UTC) pendant que vous l'éditiez. Vérifiez les valeurs actuelles, puis enregistrez de nouveau pour réappliquer votre modification ; votre saisie est conservée ci-dessous.",
    );
    expect(translateServerText(conflictMessage("The step “Cabinet approval”", null, at), "es")).toMatch(/^Otra persona modificó el paso «Cabinet approval» \(2026-03-01 09:30 UTC\)/);
    expect(translateServerText(conflictMessage("Georgia's treaty record", "Bo", at), "fr")).toMatch(/^Bo a modifié la situation conventionnelle de Georgia \(/);
  });

  it("translates sentences built from parts: sessions ended, pledges kept, lists of regions and states", () => {
    expect(translateServerText("Your password is changed. Use the new one the next time you sign in. Your 2 other sessions have ended.", "fr")).toBe(
      "Votre mot de passe est modifié. Utilisez le nouveau lors de votre prochaine connexion. Vos 2 autres sessions sont terminées.",
    );
    expect(translateServerText("Georgia's treaty record is saved. One pledge of this state marked kept.", "es")).toBe(
      "La situación convencional de Georgia se ha guardado. Un compromiso de este Estado marcado como cumplido.",
    );
    expect(translateServerText("Saved 2 statements, 1 pledge, 3 contacts from the summary.", "fr")).toBe("Enregistré depuis le compte rendu : 2 déclarations, 1 engagement, 3 contacts.");
    const refusal = scopeRefusal({ role: "COORDINATOR", writeRegions: ["Africa", "Europe"] }, { states: [{ iso3: "CHL", name: "Chile", region: "Americas" }], regions: ["Asia"] })!;
    expect(translateServerText(refusal, "fr")).toBe(
      "Vous ne pouvez modifier que les données des États des régions suivantes : Afrique et Europe ; cette modification concerne Chile (Amériques) et la région Asie, en dehors de celles-ci. Rien n'a été enregistré.",
    );
    expect(translateServerText(scopeRefusal({ role: "CONTRIBUTOR", writeRegions: ["Asia"] }, "shared")!, "es")).toMatch(/^Solo puede modificar los datos de los Estados de estas regiones: Asia; y este registro es común/);
  });

  it("writes dates in the rules' messages the reader's way", () => {
    const [problem] = treatyRecordProblems({ signed: "2011-01-05", deposited: null, instrument: null, entryIntoForce: null, withdrawalEffective: null });
    expect(translateServerText(problem.message, "fr")).toBe(
      "Aucune signature n'est possible à partir du 1 août 2010, date d'entrée en vigueur de la Convention : un État devient partie par adhésion.",
    );
    expect(translateServerText(problem.message, "es")).toContain("1 de agosto de 2010");
  });

  it("translates the sign-in refusals, throttled or not", () => {
    expect(translateServerText(SIGN_IN_FAILED, "es")).toBe("El correo electrónico o la contraseña no son correctos, o la cuenta no está activa.");
    const now = new Date("2026-01-01T10:00:00Z");
    expect(translateServerText(signInErrorMessage(throttledError(new Date("2026-01-01T10:13:00Z"), now)), "fr")).toBe(
      "L'adresse électronique ou le mot de passe est incorrect, ou le compte n'est pas actif. Trop de tentatives : attendez 13 minutes avant de réessayer.",
    );
  });

  it("translates a form's result: its message, each field's message and the records it points to", () => {
    const result = translateActionResult(
      {
        ok: false as const,
        code: "confirm" as const,
        message: "Another actor has a contact with the same state within 14 days of this date. Look at it first; nothing was saved. To go ahead anyway, choose “Save anyway”.",
        fieldErrors: { summary: "Summary is required.", date: "Date: enter a date as YYYY-MM-DD." },
        related: [{ id: "c1", href: "/contacts/c1", label: "Bulgaria → Georgia, Chile: 3 May 2013, done, bilateral meeting" }],
      },
      "fr",
    );
    expect(result.message).toMatch(/^Un autre acteur a un contact avec le même État à moins de 14 jours/);
    expect(result.fieldErrors).toEqual({ summary: "Résumé : ce champ est obligatoire.", date: "Date : saisissez une date au format AAAA-MM-JJ." });
    expect(result.related?.[0].label).toBe("Bulgaria → Georgia, Chile : 3 mai 2013, effectué, réunion bilatérale");
    for (const locale of LOCALES) expect(translateActionResult({ ok: true, message: "Contact saved.", redirectTo: "/contacts" }, locale)).toMatchObject({ redirectTo: "/contacts" });
  });
});
