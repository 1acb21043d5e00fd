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

export interface ProposedPledge {
  text: string;
  kind: PledgeKind;
  treatyAction: TreatyAction | null;
  due: FuzzyDate | null;
}

export interface ProposedStep {
  text: string;
  status: "DONE" | "IN_PROGRESS";
  due: FuzzyDate | null;
}

export interface ProposedContact {
  target: KnownActor | null;
  targetText: string;
  outcome: "POSITIVE" | "NEUTRAL" | "NEGATIVE";
  text: string;
}

export interface ParsedStatement {
  speakerText: string;
  speaker: KnownActor | null;
  /** The section heading the statement appeared under, as a hint of the speaker's status. */
  sectionHint: SectionHint | null;
  summary: string;
  quotes: string[];
  pledges: ProposedPledge[];
  steps: ProposedStep[];
  contacts: ProposedContact[];
  /** Other actors named in the statement (targets, not speakers). */
  mentions: KnownActor[];
}

export interface ParsedSummary {
  chairs: KnownActor[];
  unmatchedChairs: string[];
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
const CONTACT_VERB = /\b(?:approached|contacted|met with|met|visited|raised (?:the (?:CCM|Convention)|it) with)\s+(the\s+)?([A-Z][\w'’.-]*(?:\s+(?:of|the|and|[A-Z][\w'’.-]*))*)/;

function classifyPledge(text: string): { kind: PledgeKind; treatyAction: TreatyAction | null } {
  if (/\bdecision\b/i.test(text)) return { kind: "OTHER", treatyAction: null };
  if (/\bdeposit\b/i.test(text)) return { kind: "TREATY_ACTION", treatyAction: "DEPOSIT" };
  if (/\bratif(?:y|ication)\b/i.test(text) && !/legislative|process/i.test(text)) return { kind: "TREATY_ACTION", treatyAction: "RATIFY" };
  if (/\baccede|accession\b/i.test(text)) return { kind: "TREATY_ACTION", treatyAction: "ACCEDE" };
  if (/\b(?:host|conference|seminar|workshop|meetings?|cent(?:er|re)|event)\b/i.test(text)) return { kind: "HOST_EVENT", treatyAction: null };
  if (/\b(?:legislat\w*|parliament\w*|cabinet|process)\b/i.test(text)) return { kind: "DOMESTIC_STEP", treatyAction: null };
  if (/\b(?:report|article 7)\b/i.test(text)) return { kind: "REPORT", treatyAction: null };
  if (/\b(?:fund\w*|financial|assistance)\b/i.test(text)) return { kind: "FUNDING", treatyAction: null };
  if (/\b(?:contacts?|outreach|promot\w*|universali[sz]ation|efforts?|working with|states not party)\b/i.test(text)) return { kind: "OUTREACH", treatyAction: null };
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

/** The bold names at the start of a sentence are its speakers ("**Costa Rica** and **Grenada** outlined…"). */
function leadingSpeakers(sentence: string): string[] | null {
  const lead = /^(?:The\s+|Speaking on behalf of the\s+|Speaking on behalf of\s+)?\*\*([^*]+)\*\*((?:\s*(?:,|and)\s*\*\*[^*]+\*\*)*)/.exec(sentence);
  if (!lead) return null;
  return [lead[1], ...[...lead[2].matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1])].map((s) => s.trim());
}

/**
 * Reads a meeting summary written the usual way (speakers in bold, section headings in italics) and proposes
 * statements, quotes, pledges, domestic steps and contacts for a coordinator to review before anything is saved.
 */
export function parseSessionSummary(markdown: string, actors: readonly KnownActor[], reference: IsoDate): ParsedSummary {
  const match = createActorMatcher(actors);
  const result: ParsedSummary = { chairs: [], unmatchedChairs: [], statements: [] };
  let hint: SectionHint | null = null;
  let current: ParsedStatement[] = [];

  const paragraphs = markdown.replace(/\r\n/g, "\n").split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, " ").trim()).filter(Boolean);
  for (const paragraph of paragraphs) {
    const heading = /^(?:#{1,6}\s*)?\*([^*]+)\*$/.exec(paragraph) ?? /^#{1,6}\s*\**([^*]+?)\**$/.exec(paragraph);
    if (heading) {
      const found = SECTION_HINTS.find(([pattern]) => pattern.test(heading[1]));
      if (found) hint = found[1];
      continue;
    }
    if (/^\*\*[^*]+\*\*$/.test(paragraph)) continue; // a title line in bold
    for (const sentence of sentences(paragraph)) {
      const chaired = /chaired by\s+((?:\*\*[^*]+\*\*(?:,\s*|\s+and\s+)?)+)/i.exec(sentence);
      if (chaired) {
        const names = [...chaired[1].matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1].trim());
        for (const name of names) {
          const actor = match(name);
          if (actor) result.chairs.push(actor);
          else result.unmatchedChairs.push(name);
        }
        current = names.map((name) => newStatement(name, match(name), hint));
        result.statements.push(...current);
        continue;
      }
      const speakers = leadingSpeakers(sentence);
      if (speakers) {
        current = speakers.map((name) => newStatement(name, match(name), hint));
        result.statements.push(...current);
      }
      if (current.length === 0) continue;
      for (const statement of current) addSentence(statement, sentence, match, reference);
    }
  }
  return result;
}

function newStatement(speakerText: string, speaker: KnownActor | null, sectionHint: SectionHint | null): ParsedStatement {
  return { speakerText, speaker, sectionHint: speaker?.kind === "ORGANISATION" ? "ORGANISATION" : sectionHint, summary: "", quotes: [], pledges: [], steps: [], contacts: [], mentions: [] };
}

function addSentence(statement: ParsedStatement, raw: string, match: (t: string) => KnownActor | null, reference: IsoDate) {
  const sentence = stripBold(raw);
  statement.summary = statement.summary ? `${statement.summary} ${sentence}` : sentence;
  statement.quotes.push(...quotesIn(sentence));

  const contact = CONTACT_VERB.exec(sentence);
  if (contact) {
    const targetText = contact[2].replace(/,.*$/, "").trim();
    const target = match(targetText);
    if (target && target !== statement.speaker) {
      statement.contacts.push({
        target,
        targetText,
        outcome: /\bnegative|reluctant|not (?:in a position|ready)\b/i.test(sentence) ? "NEGATIVE" : /\bpositive|welcomed|interest(?:ed)?\b/i.test(sentence) ? "POSITIVE" : "NEUTRAL",
        text: sentence,
      });
      if (!statement.mentions.includes(target)) statement.mentions.push(target);
    }
  }

  const isPast = /\bhad (?:started|submitted|approved|adopted)\b|\bhas (?:submitted|started)\b/i.test(sentence);
  if (STEP_WORDS.test(sentence) && (isPast || /\bawaiting|pending|submitted|will (?:afterwards )?be presented\b/i.test(sentence))) {
    statement.steps.push({ text: sentence, status: isPast && /\bsubmitted its (?:ratification|accession) instrument\b|\bdeposited\b/i.test(sentence) ? "DONE" : "IN_PROGRESS", due: findDue(sentence, reference) });
  }

  const commitment = COMMITMENT.exec(sentence);
  if (!isPast && commitment && !NEGATED.test(sentence) && !/\bhope\b/i.test(sentence)) {
    const rest = sentence.slice(commitment.index);
    const clause = rest.split(NEXT_CLAUSE)[0];
    const perPlace = [...clause.matchAll(new RegExp(`(?:in|and) ([A-Z][a-z]+) \\((${MONTH})\\)`, "g"))];
    if (perPlace.length > 1) {
      const what = clause.replace(/ in [A-Z][a-z]+ \(.*$/, "");
      for (const [, place, month] of perPlace) {
        statement.pledges.push({ text: `${what} in ${place} (${month})`, ...classifyPledge(what), due: parseFuzzyDate(month, { reference }) });
      }
    } else {
      statement.pledges.push({ text: sentence, ...classifyPledge(clause), due: findDue(clause, reference) ?? findDue(sentence, reference) });
    }
  }
}
