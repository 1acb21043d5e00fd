import { parseFuzzyDate, type FuzzyDate } from "./fuzzy-date";
import { foldForSearch } from "./state-search";
import type { IsoDate } from "./dates";
import type { PledgeKind, TreatyAction } from "./pledges";

/** Someone a summary can name: a state (by name or alias) or an organisation. */
export interface KnownActor {
  key: string;
  name: string;
  aliases: readonly string[];
  kind: "STATE" | "ORGANISATION";
}

export type SectionHint = "NOT_YET_PARTY" | "STATE_PARTY" | "ORGANISATION";

/** A name as written in the summary, and who it was matched to (null: shown as unmatched, never dropped). */
export interface SpeakerMatch {
  text: string;
  actor: KnownActor | null;
}

export interface ProposedPledge {
  text: string;
  /** The sentence the proposal came from, as written (bold marks removed). */
  sentence: string;
  kind: PledgeKind;
  treatyAction: TreatyAction | null;
  due: FuzzyDate | null;
}

export interface ProposedStep {
  text: string;
  sentence: string;
  status: "DONE" | "IN_PROGRESS";
  due: FuzzyDate | null;
}

export interface ProposedContact {
  target: KnownActor | null;
  targetText: string;
  outcome: "POSITIVE" | "NEUTRAL" | "NEGATIVE";
  text: string;
  sentence: string;
}

export interface ParsedStatement {
  /** Who spoke: one name, or several sharing one statement ("**Costa Rica** and **Grenada** outlined…"). */
  speakers: SpeakerMatch[];
  /** The section heading the statement appeared under, as a hint of the speaker's status. */
  sectionHint: SectionHint | null;
  /** True for the statement the session's chairs made as chairs. */
  byChairs: boolean;
  summary: string;
  quotes: string[];
  pledges: ProposedPledge[];
  steps: ProposedStep[];
  contacts: ProposedContact[];
  /** Other actors named in the statement (targets, not speakers). */
  mentions: KnownActor[];
}

export interface ParsedSummary {
  chairs: SpeakerMatch[];
  statements: ParsedStatement[];
}

const SECTION_HINTS: [RegExp, SectionHint][] = [
  [/signator|not party|non-part/i, "NOT_YET_PARTY"],
  [/states parties/i, "STATE_PARTY"],
  [/organi[sz]ations?/i, "ORGANISATION"],
];

const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const DUE_PATTERNS: RegExp[] = [
  new RegExp(`\\b\\d{1,2}\\s?[-–]\\s?\\d{1,2} ${MONTH}(?: \\d{4})?`, "i"),
  new RegExp(`\\b\\d{1,2} ${MONTH}(?: \\d{4})?`, "i"),
  /\b(?:as of )?mid[- ]\d{4}\b/i,
  /\b(?:this|next) (?:spring|summer|autumn|fall|winter)\b/i,
  /\b(?:early|late|end of) \d{4}\b/i,
  new RegExp(`\\b(?:in |by )?${MONTH} \\d{4}\\b`, "i"),
  /\bvery soon\b/i,
  /\bin the near future\b/i,
  /\bimminent(?:ly)?\b/i,
  /\bin \d{4}\b/i,
  new RegExp(`\\(${MONTH}\\)`, "i"),
  new RegExp(`\\bin ${MONTH}\\b`, "i"),
];

const COMMITMENT =
  /\b(?:it|they|we|she|he) (?:will|would|shall)\b|\bwill host\b|\bcommit(?:ted|ment|s)? to\b|\bintention to\b|\bintends? to\b|\bplans? to\b|\bis preparing\b|\bare preparing\b|\bannounced (?:that it will|that it would|it will|it would)\b|\bupcoming\b|\bimminent\b|\bexpectation\b/i;
const NEGATED = /\b(?:not|nor|never|no longer)\b[^.]{0,30}\b(?:intend|plan|will|would)/i;
// A commitment often shares its sentence with a report of past work: "committed to X and reported on Y".
const NEXT_CLAUSE = /,? and (?:reported|stated|said|outlined|announced|welcomed|explained|recalled|noted|expressed|requested|encouraged)\b/i;

const STEP_WORDS = /\b(?:cabinet|memorandum|parliament\w*|legislation|legislative|board of ministers|instrument)\b/i;
const CONTACT_VERB =
  /\b(?:approached|contacted|met with|met|visited|raised (?:the (?:CCM|Convention)|it) with)\s+(the\s+)?([A-Z][\w'’.-]*(?:\s+(?:of|the|and|[A-Z][\w'’.-]*))*)/;

function classifyPledge(text: string): { kind: PledgeKind; treatyAction: TreatyAction | null } {
  if (/\bdecision\b/i.test(text)) return { kind: "OTHER", treatyAction: null };
  if (/\bdeposit\b/i.test(text)) return { kind: "TREATY_ACTION", treatyAction: "DEPOSIT" };
  if (/\bratif(?:y|ication)\b/i.test(text) && !/legislative|process/i.test(text)) return { kind: "TREATY_ACTION", treatyAction: "RATIFY" };
  if (/\baccede|accession\b/i.test(text)) return { kind: "TREATY_ACTION", treatyAction: "ACCEDE" };
  if (/\b(?:host|conference|seminar|workshop|meetings?|cent(?:er|re)|event)\b/i.test(text)) return { kind: "HOST_EVENT", treatyAction: null };
  if (/\b(?:legislat\w*|parliament\w*|cabinet|process)\b/i.test(text)) return { kind: "DOMESTIC_STEP", treatyAction: null };
  if (/\b(?:report|article 7)\b/i.test(text)) return { kind: "REPORT", treatyAction: null };
  if (/\b(?:fund\w*|financial|assistance)\b/i.test(text)) return { kind: "FUNDING", treatyAction: null };
  if (/\b(?:contacts?|outreach|promot\w*|universali[sz]ation|efforts?|working with|states not party)\b/i.test(text))
    return { kind: "OUTREACH", treatyAction: null };
  return { kind: "OTHER", treatyAction: null };
}

function findDue(text: string, reference: IsoDate): FuzzyDate | null {
  for (const pattern of DUE_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const parsed = parseFuzzyDate(match[0].replace(/[()]/g, ""), { reference });
    if (parsed) return parsed;
  }
  return null;
}

/** Sentences, keeping "..." inside quotes and the closing quote with its sentence. */
function sentences(paragraph: string): string[] {
  const parts = paragraph.split(/(?<=[.!?][”"»]?)\s+(?=(?:\*\*|[A-Z“"«]))/);
  return parts.map((s) => s.trim()).filter(Boolean);
}

function stripBold(text: string): string {
  return text.replace(/\*\*/g, "").replace(/\s+/g, " ").trim();
}

export function createActorMatcher(actors: readonly KnownActor[]) {
  const index = new Map<string, KnownActor>();
  for (const actor of actors) {
    for (const name of [actor.name, ...actor.aliases]) {
      index.set(foldForSearch(name), actor);
      index.set(foldForSearch(name.replace(/^the\s+/i, "")), actor);
    }
  }
  return (text: string): KnownActor | null => index.get(foldForSearch(text.replace(/^the\s+/i, "").replace(/[.,;:]+$/, ""))) ?? null;
}

const QUOTE = /“([^”]+)”|"([^"]+)"|«\s?([^»]+?)\s?»/g;

function quotesIn(text: string): string[] {
  return [...text.matchAll(QUOTE)].map((m) => (m[1] ?? m[2] ?? m[3]).trim());
}

const REPORTING_VERB =
  "(?:said|stated|announced|reported|explained|noted|outlined|expressed|welcomed|called|committed|confirmed|informed|spoke|condemned|voiced|pointed|reiterated|recalled|highlighted|stressed|emphasi[sz]ed|indicated|underlined|urged|thanked|shared|presented|described|updated|mentioned|declared|affirmed|encouraged|requested|underscored|regretted|praised|hoped|deplored)";
const PLAIN_SUBJECT = new RegExp(`^(?:The\\s+)?(.{2,160}?)(?:\\s+\\([^)]*\\))?,?\\s+(?:also\\s+|then\\s+|further\\s+)?${REPORTING_VERB}\\b`);
const PROPER_NAME = /^(?:[A-ZÀ-Ý][\p{L}'’.-]*)(?:\s+(?:of|the|and|du|de|des|la|le|y|del|[A-ZÀ-Ý][\p{L}'’.-]*))*$/u;
// Sentence subjects that are not speakers: pronouns and the usual collective nouns of a summary.
const NOT_A_SPEAKER =
  /^(?:it|its|they|their|he|she|we|this|that|these|those|there|many|several|some|all|most|other|others|both|each|delegations?|participants?|speakers?|states?|countries|co-?chairs?|chairs?|the|session|meeting|president|a|an|one|in|on|at|during|after|before|following|referencing|as|while|however|also|further)\b/i;

/** The bold names at the start of a sentence are its speakers ("**Costa Rica** and **Grenada** outlined…"). */
function boldSpeakers(sentence: string): string[] | null {
  const lead = /^(?:The\s+|Speaking on behalf of the\s+|Speaking on behalf of\s+)?\*\*([^*]+)\*\*((?:\s*(?:,|and)\s*(?:the\s+)?\*\*[^*]+\*\*)*)/.exec(
    sentence,
  );
  if (!lead) return null;
  return [lead[1], ...[...lead[2].matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1])].map((s) => s.trim());
}

function splitNames(subject: string): string[] {
  return subject
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+(?:the\s+)?/)
    .map((n) => n.replace(/^the\s+/i, "").trim())
    .filter(Boolean);
}

/** Without bold marks: "Speaking on behalf of the CMC, …", "Canada said …", "Costa Rica and Grenada outlined …". */
function plainSpeakers(sentence: string, match: Matcher): string[] | null {
  const onBehalf = /^Speaking on behalf of (?:the\s+)?([^,]{2,120}),/.exec(sentence);
  if (onBehalf) return [onBehalf[1].trim()];
  const subject = PLAIN_SUBJECT.exec(sentence);
  if (!subject || NOT_A_SPEAKER.test(subject[1])) return null;
  const names = splitNames(subject[1]);
  if (names.length === 0 || names.length > 6) return null;
  const allKnown = names.every((n) => match(n));
  return allKnown || names.every((n) => PROPER_NAME.test(n) && !NOT_A_SPEAKER.test(n) && n.split(/\s+/).length <= 6) ? names : null;
}

function chairNames(sentence: string, bold: boolean): string[] | null {
  if (bold) {
    const chaired = /chaired by\s+((?:(?:the\s+)?\*\*[^*]+\*\*(?:,\s*|\s+and\s+)?)+)/i.exec(sentence);
    return chaired ? [...chaired[1].matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1].trim()) : null;
  }
  const chaired = /chaired by\s+(.+?)(?:\s+as\b|\s+who\b|[,.;(]|$)/i.exec(sentence);
  return chaired ? splitNames(chaired[1]) : null;
}

type Matcher = (text: string) => KnownActor | null;

/**
 * Reads a meeting summary written the usual way (speakers in bold or at the start of a sentence, section headings
 * in italics) and proposes statements, quotes, pledges, domestic steps and contacts for a coordinator to review
 * before anything is saved.
 */
export function parseSummary(markdown: string, actors: readonly KnownActor[], reference: IsoDate): ParsedSummary {
  const match = createActorMatcher(actors);
  const mentionsIn = createMentionFinder(actors);
  const bold = /\*\*[^*\n]+\*\*/.test(markdown);
  const result: ParsedSummary = { chairs: [], statements: [] };
  let hint: SectionHint | null = null;
  let current: ParsedStatement | null = null;
  const toMatches = (names: string[]): SpeakerMatch[] => names.map((text) => ({ text, actor: match(text) }));

  const paragraphs = markdown
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, " ").trim())
    .filter(Boolean);
  for (const paragraph of paragraphs) {
    const heading =
      /^(?:#{1,6}\s*)?\*([^*]+)\*$/.exec(paragraph) ?? /^#{1,6}\s*\**([^*]+?)\**$/.exec(paragraph) ?? (bold ? null : /^_([^_]+)_$/.exec(paragraph));
    if (heading) {
      const found = SECTION_HINTS.find(([pattern]) => pattern.test(heading[1]));
      if (found) hint = found[1];
      continue;
    }
    if (/^\*\*[^*]+\*\*$/.test(paragraph)) continue; // a title line in bold
    if (!bold && paragraph.length < 120 && !/[.!?:]$/.test(paragraph) && SECTION_HINTS.some(([pattern]) => pattern.test(paragraph))) {
      hint = SECTION_HINTS.find(([pattern]) => pattern.test(paragraph))![1];
      continue;
    }
    for (const sentence of sentences(paragraph)) {
      const chairs = chairNames(sentence, bold);
      if (chairs && chairs.length > 0) {
        const speakers = toMatches(chairs);
        result.chairs.push(...speakers);
        current = newStatement(speakers, null, true);
        result.statements.push(current);
      } else {
        const names = bold ? boldSpeakers(sentence) : plainSpeakers(sentence, match);
        if (names) {
          current = newStatement(toMatches(names), hint, false);
          result.statements.push(current);
        }
      }
      if (current) addSentence(current, sentence, match, mentionsIn, reference);
    }
  }
  return result;
}

function newStatement(speakers: SpeakerMatch[], sectionHint: SectionHint | null, byChairs: boolean): ParsedStatement {
  const organisation = speakers.length > 0 && speakers.every((s) => s.actor?.kind === "ORGANISATION");
  return {
    speakers,
    sectionHint: organisation ? "ORGANISATION" : sectionHint,
    byChairs,
    summary: "",
    quotes: [],
    pledges: [],
    steps: [],
    contacts: [],
    mentions: [],
  };
}

/** States named inside a sentence, longest name first ("Papua New Guinea" is not "Guinea"). */
function createMentionFinder(actors: readonly KnownActor[]) {
  const index = new Map<string, KnownActor>();
  let longest = 1;
  for (const actor of actors) {
    if (actor.kind !== "STATE") continue;
    for (const name of [actor.name, ...actor.aliases]) {
      const words = foldForSearch(name).split(" ");
      if (words.length > 8) continue;
      index.set(words.join(" "), actor);
      longest = Math.max(longest, words.length);
    }
  }
  return (sentence: string): KnownActor[] => {
    const words = sentence.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
    const folded = words.map((w) => (/^\p{Lu}|^(?:of|the|and|de|du|des|la|le|y|del)$/u.test(w) ? foldForSearch(w) : ""));
    const found: KnownActor[] = [];
    for (let i = 0; i < words.length; i++) {
      if (!/^\p{Lu}/u.test(words[i])) continue;
      let span = 1;
      while (span < longest && i + span < words.length && folded[i + span]) span++;
      for (let n = span; n >= 1; n--) {
        const actor = index.get(folded.slice(i, i + n).join(" "));
        if (actor) {
          if (!found.includes(actor)) found.push(actor);
          i += n - 1;
          break;
        }
      }
    }
    return found;
  };
}

function addSentence(statement: ParsedStatement, raw: string, match: Matcher, mentionsIn: (s: string) => KnownActor[], reference: IsoDate) {
  const sentence = stripBold(raw);
  const isSpeaker = (actor: KnownActor) => statement.speakers.some((s) => s.actor === actor);
  statement.summary = statement.summary ? `${statement.summary} ${sentence}` : sentence;
  statement.quotes.push(...quotesIn(sentence));
  for (const actor of mentionsIn(sentence)) {
    if (!isSpeaker(actor) && !statement.mentions.includes(actor)) statement.mentions.push(actor);
  }

  const contact = CONTACT_VERB.exec(sentence);
  if (contact) {
    const targetText = contact[2].replace(/,.*$/, "").trim();
    const target = match(targetText);
    if (target && !isSpeaker(target)) {
      statement.contacts.push({
        target,
        targetText,
        outcome: /\bnegative|reluctant|not (?:in a position|ready)\b/i.test(sentence)
          ? "NEGATIVE"
          : /\bpositive|welcomed|interest(?:ed)?\b/i.test(sentence)
            ? "POSITIVE"
            : "NEUTRAL",
        text: sentence,
        sentence,
      });
      if (!statement.mentions.includes(target)) statement.mentions.push(target);
    }
  }

  const isPast = /\bhad (?:started|submitted|approved|adopted)\b|\bhas (?:submitted|started)\b/i.test(sentence);
  if (STEP_WORDS.test(sentence) && (isPast || /\bawaiting|pending|submitted|will (?:afterwards )?be presented\b/i.test(sentence))) {
    const done = isPast && /\bsubmitted its (?:ratification|accession) instrument\b|\bdeposited\b/i.test(sentence);
    statement.steps.push({ text: sentence, sentence, status: done ? "DONE" : "IN_PROGRESS", due: findDue(sentence, reference) });
  }

  const commitment = COMMITMENT.exec(sentence);
  if (!isPast && commitment && !NEGATED.test(sentence) && !/\bhope\b/i.test(sentence)) {
    const rest = sentence.slice(commitment.index);
    const clause = rest.split(NEXT_CLAUSE)[0];
    const perPlace = [...clause.matchAll(new RegExp(`(?:in|and) ([A-Z][a-z]+) \\((${MONTH})\\)`, "g"))];
    if (perPlace.length > 1) {
      const what = clause.replace(/ in [A-Z][a-z]+ \(.*$/, "");
      for (const [, place, month] of perPlace) {
        statement.pledges.push({
          text: `${what} in ${place} (${month})`,
          sentence,
          ...classifyPledge(what),
          due: parseFuzzyDate(month, { reference }),
        });
      }
    } else {
      statement.pledges.push({
        text: sentence,
        sentence,
        ...classifyPledge(clause),
        due: findDue(clause, reference) ?? findDue(sentence, reference),
      });
    }
  }
}
