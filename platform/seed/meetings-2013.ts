// The universalization session of the CCM intersessional meeting (Geneva, 15–18 April 2013), as summarised by
// the Cluster Munition Coalition, and the next meeting it prepared for. Speakers are ISO codes or organisation names.
import type { ContactChannel, ContactLevel, ContactOutcome, ContactStatus, MeetingKind, PledgeKind, Sensitivity, TreatyAction } from "@prisma/client";
import { CO_COORDINATORS } from "@/lib/domain/contacts";
import type { Region } from "@/lib/domain/reference-data";

export const ORGANISATIONS = [
  {
    name: "International Committee of the Red Cross",
    shortName: "ICRC",
    aliases: ["ICRC", "Red Cross", "the International Committee of the Red Cross"],
  },
  { name: "Cluster Munition Coalition", shortName: "CMC", aliases: ["CMC", "the Coalition", "the CMC"] },
  {
    name: "UN Inter-Agency Coordination Group on Mine Action",
    shortName: "UN IACG-MA",
    aliases: ["IACG-MA", "UN IACG-MA", "the UN Inter-Agency Coordination Group on Mine Action", "Inter-Agency Coordination Group on Mine Action"],
  },
  // Ghana and Portugal in 2013: the working group on universalization reaches out as one actor.
  { name: CO_COORDINATORS, shortName: "Co-coordinators", aliases: ["co-coordinators", "Co-Coordinators of the working group on universalization"] },
] as const;

export interface SeedPledge {
  /** Who pledged, when not the statement's first speaker. */
  by?: string;
  text: string;
  kind: PledgeKind;
  treatyAction?: TreatyAction;
  due?: string;
  targetRegion?: Region;
  targets?: string[];
}

export interface SeedStatement {
  speaker: string;
  /** Who made the statement together with the speaker. */
  with?: string[];
  summary: string;
  quotes?: string[];
  concerns?: string[];
  pledges?: SeedPledge[];
}

export interface SeedMeetingSession {
  title: string;
  chairs: string[];
  statements: SeedStatement[];
}

export interface SeedMeeting {
  key: string;
  name: string;
  kind: MeetingKind;
  place: string;
  startDate: string;
  endDate: string;
  sessions: SeedMeetingSession[];
}

const CO_CHAIRS_SUMMARY =
  "As Co-Coordinators of the working group on universalization, Ghana and Portugal confirmed their intention to keep working with states not party to overcome obstacles related to joining the Convention, and recalled that joining disarmament conventions can be important confidence-building measures. Referencing the 2012 Accra Regional Conference on Universalization, they encouraged others to follow suit, and urged states not party to consider submitting voluntary Article 7 reports.";
const CO_CHAIRS_QUOTES = [
  "important confidence-building measures ... relevant to regional stability and security needs of countries.",
  "as the regional approach already proved to be a very useful tool in promoting the Convention.",
];

export const MEETINGS_2013: SeedMeeting[] = [
  {
    key: "ccm-intersessional-2013",
    name: "CCM Intersessional Meeting 2013",
    kind: "INTERSESSIONAL",
    place: "Geneva, Switzerland",
    startDate: "2013-04-15",
    endDate: "2013-04-18",
    sessions: [
      {
        title: "Universalization",
        chairs: ["GHA", "PRT"],
        statements: [
          {
            speaker: "GHA",
            with: ["PRT"],
            summary: CO_CHAIRS_SUMMARY,
            quotes: CO_CHAIRS_QUOTES,
            pledges: [
              {
                text: "Keep working with states not party to overcome obstacles related to joining the Convention (as co-coordinator).",
                kind: "OUTREACH",
              },
              {
                by: "PRT",
                text: "Keep working with states not party to overcome obstacles related to joining the Convention (as co-coordinator).",
                kind: "OUTREACH",
              },
            ],
          },
          {
            speaker: "ARM",
            summary:
              "Armenia said that it is not affected with cluster munition remnants and that it does not use, stockpile, produce or export cluster munitions, nor does it intend to do so. It stated its full support for the aims of the Convention and expressed hope that simultaneous adhesion to the Convention by neighbouring South Caucasus states would reduce the security threat perception.",
            concerns: ["ARM", "AZE", "GEO"],
          },
          {
            speaker: "CAN",
            summary:
              "Canada explained the next steps in the legislative process that will conclude with ratification, and stated an expectation the process would recommence this Spring.",
            concerns: ["CAN"],
            pledges: [
              { text: "Recommence the legislative process that will conclude with ratification.", kind: "DOMESTIC_STEP", due: "this Spring" },
              { text: "Ratify the Convention at the conclusion of the legislative process.", kind: "TREATY_ACTION", treatyAction: "RATIFY" },
            ],
          },
          {
            speaker: "COD",
            summary: "DR Congo said it would deposit its instrument of ratification “very soon.”",
            quotes: ["very soon."],
            concerns: ["COD"],
            pledges: [{ text: "Deposit the instrument of ratification.", kind: "TREATY_ACTION", treatyAction: "DEPOSIT", due: "very soon" }],
          },
          {
            speaker: "ETH",
            summary:
              "Ethiopia stated it does not produce or transfer cluster munitions. It said it was taking part in the intersessional meeting with a great expectation to learn and that it was confident the meeting would help it make the right decision in the near future.",
            quotes: ["with a great expectation to learn", "help us make the right decision in the near future."],
            concerns: ["ETH"],
            pledges: [{ text: "Decide on joining the Convention.", kind: "OTHER", due: "in the near future" }],
          },
          {
            speaker: "ZAF",
            summary:
              "South Africa explained that it is awaiting the approval of a memorandum on ratification by the Cabinet, which will afterwards be presented to the Parliamentary Portfolio Committee.",
            concerns: ["ZAF"],
            pledges: [
              {
                text: "Present the memorandum on ratification to the Parliamentary Portfolio Committee after Cabinet approval.",
                kind: "DOMESTIC_STEP",
              },
            ],
          },
          {
            speaker: "BGR",
            summary: "Bulgaria reported that it had approached Georgia, which was in general very positive about the CCM and the Mine Ban Treaty.",
            quotes: ["in general ... very positive"],
            concerns: ["GEO"],
          },
          {
            speaker: "TCD",
            summary:
              "Chad announced that it had submitted its ratification instrument in March 2013, encouraged countries that have not joined the Convention to do so, and requested international support to address its contamination.",
            concerns: ["TCD"],
          },
          {
            speaker: "CHL",
            summary:
              "Chile said the CCM was a fundamental part of International Humanitarian Law (IHL) and announced it is preparing a regional seminar for Latin American and Caribbean countries on universalization and implementation.",
            pledges: [
              {
                text: "Host a regional seminar for Latin American and Caribbean countries on universalization and implementation.",
                kind: "HOST_EVENT",
                targetRegion: "Americas",
              },
            ],
          },
          { speaker: "CRI", with: ["GRD"], summary: "Costa Rica and Grenada outlined their efforts to promote the CCM among Caribbean states." },
          {
            speaker: "HRV",
            summary:
              "Croatia spoke about a workshop on universalization and implementation that it hosted in May 2012 for representatives of South-Eastern European countries.",
          },
          { speaker: "ECU", summary: "Ecuador strongly condemned cluster munition use in Syria.", concerns: ["SYR"] },
          {
            speaker: "FRA",
            summary: "France announced that it would start a new series of diplomatic contacts with states not party as of mid-2013.",
            pledges: [{ text: "Start a new series of diplomatic contacts with states not party.", kind: "OUTREACH", due: "mid-2013" }],
          },
          {
            speaker: "GHA",
            summary:
              "Ghana stated its commitment to promoting universalization via the Accra Action Plan and as co-Coordinator to states not party worldwide and expressed concern with ongoing civilian casualties caused by use of cluster munitions.",
            pledges: [
              {
                text: "Promote universalization via the Accra Action Plan and, as co-coordinator, with states not party worldwide.",
                kind: "OUTREACH",
              },
            ],
          },
          {
            speaker: "JPN",
            summary:
              "Japan condemned cluster munition use in Syria as entirely unacceptable, and reported on its universalization activities that included outreach at the March 2013 Asian Senior-Level Talks on Non-Proliferation.",
            quotes: ["as entirely unacceptable"],
            concerns: ["SYR"],
          },
          {
            speaker: "LAO",
            summary:
              "Lao PDR said that it uses every possible opportunity to promote the CCM, including the 2012 Asia-Europe Summit Meeting and UN General Assembly, as well as a number of regional or national events in 2013.",
            quotes: ["every possible opportunity"],
            pledges: [{ text: "Promote the CCM at regional and national events.", kind: "OUTREACH", due: "2013", targetRegion: "Asia" }],
          },
          {
            speaker: "LBN",
            summary: "Lebanon said universalization was an utmost priority and outlined its outreach efforts in the Middle-East.",
            quotes: ["an utmost priority"],
          },
          { speaker: "MEX", summary: "Mexico noted that it has included the CCM in its bilateral agendas of work with states not party." },
          {
            speaker: "PLW",
            summary:
              "Palau committed to continue its universalization efforts in the Pacific and reported on the 2012 UXO Pacific Workshop that included a CCM component. It announced the imminent opening of its Regional EOD Training Center.",
            pledges: [
              { text: "Continue universalization efforts in the Pacific.", kind: "OUTREACH", targetRegion: "Oceania" },
              { text: "Open the Regional EOD Training Center.", kind: "HOST_EVENT", due: "imminent" },
            ],
          },
          {
            speaker: "PER",
            summary: "Peru noted that the Convention has helped developing the principles of distinction and proportionality under IHL.",
          },
          { speaker: "SEN", summary: "Senegal voiced its support for full universalization." },
          {
            speaker: "CHE",
            summary:
              "Switzerland pointed out that its national legislation implementing the Convention, in force since 1 February 2013, includes penal sanctions for prohibited acts and deals with direct and indirect investments in cluster munition production.",
            concerns: ["CHE"],
          },
          {
            speaker: "TGO",
            summary: "Togo said it will host a regional conference on 22-23 May and stated its commitment to universalization.",
            pledges: [{ text: "Host a regional conference on universalization.", kind: "HOST_EVENT", due: "22-23 May", targetRegion: "Africa" }],
          },
          {
            speaker: "International Committee of the Red Cross",
            summary:
              "The ICRC said the adherence of all states to the Convention was a priority and outlined its universalization activities including two upcoming regional meetings on IHL in Nairobi (June) and Pretoria (August). It welcomed the expressions of concern over cluster munition use, and said it would voice its concern in its bilateral and confidential dialogue with the parties to an armed conflict.",
            quotes: ["a priority"],
            pledges: [
              { text: "Regional meeting on IHL in Nairobi.", kind: "HOST_EVENT", due: "June", targetRegion: "Africa" },
              { text: "Regional meeting on IHL in Pretoria.", kind: "HOST_EVENT", due: "August", targetRegion: "Africa" },
            ],
          },
          {
            speaker: "UN Inter-Agency Coordination Group on Mine Action",
            summary:
              "The UN Inter-Agency Coordination Group on Mine Action called for universal adherence to the CCM and welcomed the various regional workshops held in 2012 and planned for 2013. It reiterated its members’ commitment to promote CCM universalization, especially in affected states.",
            pledges: [{ text: "Promote CCM universalization, especially in affected states.", kind: "OUTREACH" }],
          },
          {
            speaker: "Cluster Munition Coalition",
            summary:
              "Speaking on behalf of the CMC, Sarah Blakemore said the full universalization of the CCM remained the number one priority for the CMC, recalled that Article 21 makes it a legal requirement for States Parties to promote universalization, and expressed grave concern with cluster munition use by Syrian government forces.",
            concerns: ["SYR"],
          },
        ],
      },
      {
        title: "Victim assistance",
        chairs: [],
        statements: [
          {
            speaker: "SUR",
            summary:
              "Suriname said that it does not use or produce cluster munitions, that it highly recognizes the importance of becoming a State Party to this Convention, and that its accession process had started with national legislation and an explanatory memorandum submitted to the Board of Ministers.",
            quotes: ["highly recognizes the importance of becoming a State Party to this Convention"],
            concerns: ["SUR"],
            pledges: [
              {
                text: "Complete the accession process (legislation and explanatory memorandum before the Board of Ministers).",
                kind: "DOMESTIC_STEP",
              },
            ],
          },
        ],
      },
    ],
  },
  {
    key: "ccm-4msp",
    name: "Fourth Meeting of States Parties",
    kind: "MEETING_OF_STATES_PARTIES",
    place: "Lusaka, Zambia",
    startDate: "2013-09-10",
    endDate: "2013-09-13",
    sessions: [],
  },
];

export interface SeedContact {
  /** Stable key: the seed adds a contact once and never touches it again. */
  key: string;
  /** ISO code or organisation name, as for speakers. */
  actor: string;
  targets: string[];
  /** A day; or, for planned follow-ups, days after the day the seed runs (so there is always work ahead). */
  date: string | { daysAfterSeed: number };
  /** When the contact was logged, if not on its own date (a plan is made before it happens). */
  recordedOn?: string;
  status: ContactStatus;
  channel: ContactChannel;
  level?: ContactLevel;
  place?: string;
  summary: string;
  outcome?: ContactOutcome;
  nextStep?: string;
  nextStepDue?: string;
  sensitivity?: Sensitivity;
  /** Pledges this contact follows up, by the pledging actor and the start of the pledge's text. */
  followsUp?: { actor: string; text: string }[];
  fulfils?: { actor: string; text: string }[];
}

const REPORTED = "reported at the CCM intersessional meeting, Geneva, 15–18 April 2013";

/**
 * Outreach reported in the April 2013 session, and follow-ups planned after it. Where the summary names no
 * target state, the states recorded are plausible ones, and the contact's summary says so.
 */
export const CONTACTS_2013: SeedContact[] = [
  {
    key: "2013-bgr-geo",
    actor: "BGR",
    targets: ["GEO"],
    date: "2013-04-18",
    status: "DONE",
    channel: "BILATERAL_MEETING",
    summary: `Bulgaria approached Georgia about the CCM and the Mine Ban Treaty; Georgia was “in general ... very positive” (${REPORTED}). The source gives no date or channel for the approach: recorded on the day it was reported.`,
    outcome: "POSITIVE",
    nextStep:
      "Ask Georgia what it needs to move towards accession, and whether simultaneous adhesion in the South Caucasus (as Armenia hoped) could help.",
    nextStepDue: "2013-09-10",
  },
  {
    key: "2013-jpn-astop",
    actor: "JPN",
    targets: ["VNM", "THA", "MMR", "KHM"],
    date: "2013-03-01",
    status: "DONE",
    channel: "REGIONAL_EVENT",
    level: "CAPITAL_OFFICIALS",
    summary: `Japan's universalization activities included outreach at the Asian Senior-Level Talks on Non-Proliferation in March 2013 (${REPORTED}). The source names neither the day nor the states approached: the targets recorded are Asian states not party likely to attend, and the date is the first day of the month.`,
  },
  {
    key: "2012-lao-asem",
    actor: "LAO",
    targets: ["CHN", "IND", "PAK", "KOR"],
    date: "2012-11-05",
    status: "DONE",
    channel: "MEETING_MARGINS",
    level: "MINISTERIAL",
    place: "Vientiane",
    summary: `Lao PDR said it uses “every possible opportunity” to promote the CCM, including the 2012 Asia-Europe Summit Meeting (${REPORTED}). The source names no states: the targets recorded are Asian participants not party to the Convention.`,
  },
  {
    key: "2012-lao-unga",
    actor: "LAO",
    targets: ["THA", "SGP"],
    date: "2012-09-25",
    status: "DONE",
    channel: "MEETING_MARGINS",
    level: "AMBASSADOR",
    place: "New York (UN General Assembly)",
    summary: `Lao PDR promoted the CCM at the 2012 UN General Assembly (${REPORTED}). The source names no states and no day: the targets recorded are neighbouring states not party, and the date is the opening of the general debate.`,
  },
  {
    key: "2013-mex-bilateral",
    actor: "MEX",
    targets: ["BRA", "ARG", "VEN", "CUB"],
    date: "2013-04-18",
    status: "DONE",
    channel: "BILATERAL_MEETING",
    level: "CAPITAL_OFFICIALS",
    summary: `Mexico has included the CCM in its bilateral agendas of work with states not party (${REPORTED}). The source names no states: the targets recorded are Latin American states not party in 2013; dated on the day it was reported.`,
  },
  {
    key: "2012-hrv-workshop",
    actor: "HRV",
    targets: ["SRB", "ROU", "GRC", "TUR", "CYP"],
    date: "2012-05-01",
    status: "DONE",
    channel: "REGIONAL_EVENT",
    level: "EXPERT",
    place: "Croatia",
    summary: `Croatia hosted a workshop on universalization and implementation in May 2012 for representatives of South-Eastern European countries (${REPORTED}). The source names neither the day nor the participants: the targets recorded are the region's states not party (and signatory Cyprus).`,
  },
  {
    key: "2012-accra-conference",
    actor: "GHA",
    targets: ["NGA", "KEN", "ZAF", "ETH", "UGA"],
    date: "2012-05-28",
    status: "DONE",
    channel: "REGIONAL_EVENT",
    level: "CAPITAL_OFFICIALS",
    place: "Accra, Ghana",
    summary: `The 2012 Accra Regional Conference on Universalization, recalled by the co-coordinators Ghana and Portugal as proof that “the regional approach already proved to be a very useful tool in promoting the Convention” (${REPORTED}); it produced the Accra Action Plan. The source gives only the year and no participants: the date and the targets recorded (African signatories and states not party) are assumptions of this record.`,
    outcome: "POSITIVE",
  },
  {
    key: "2012-plw-uxo-workshop",
    actor: "PLW",
    targets: ["PNG", "SLB", "VUT", "TON", "MHL", "FSM"],
    date: "2012-09-01",
    status: "DONE",
    channel: "REGIONAL_EVENT",
    level: "EXPERT",
    summary: `Palau reported on the 2012 UXO Pacific Workshop, which included a CCM component (${REPORTED}). The source gives neither the day, the place nor the participants: the date and the targets recorded (Pacific states not party in 2012) are assumptions of this record.`,
  },
  {
    key: "2013-cocoordinators-zaf-4msp",
    actor: CO_COORDINATORS,
    targets: ["ZAF"],
    date: "2013-08-27",
    recordedOn: "2013-04-18",
    status: "PLANNED",
    channel: "BILATERAL_MEETING",
    level: "AMBASSADOR",
    place: "Geneva (permanent mission)",
    summary:
      "Follow up with South Africa before the Fourth Meeting of States Parties (Lusaka, 10 September 2013): has the Cabinet approved the memorandum on ratification, and when will it go to the Parliamentary Portfolio Committee?",
    followsUp: [{ actor: "ZAF", text: "Present the memorandum on ratification" }],
  },
  {
    key: "2013-icrc-syr-dialogue",
    actor: "International Committee of the Red Cross",
    targets: ["SYR"],
    date: "2013-05-15",
    recordedOn: "2013-04-18",
    status: "PLANNED",
    channel: "BILATERAL_MEETING",
    summary:
      "The ICRC said it would voice its concern over cluster munition use in its bilateral and confidential dialogue with the parties to an armed conflict. Confidential: restricted to coordinators. The date is an assumption of this record.",
    sensitivity: "RESTRICTED",
  },
  {
    key: "followup-eth-decision",
    actor: CO_COORDINATORS,
    targets: ["ETH"],
    date: { daysAfterSeed: 18 },
    status: "PLANNED",
    channel: "BILATERAL_MEETING",
    level: "AMBASSADOR",
    place: "Geneva (permanent mission)",
    summary:
      "Meet Ethiopia's permanent mission: in April 2013 Ethiopia said the intersessional meeting would “help us make the right decision in the near future”. Ask where the decision stands and what support would help.",
    followsUp: [{ actor: "ETH", text: "Decide on joining the Convention." }],
  },
  {
    key: "followup-cod-deposit",
    actor: CO_COORDINATORS,
    targets: ["COD"],
    date: { daysAfterSeed: 32 },
    status: "PLANNED",
    channel: "CALL",
    level: "AMBASSADOR",
    summary: "Call DR Congo's mission about the deposit of its instrument of ratification, promised “very soon” in April 2013.",
    followsUp: [{ actor: "COD", text: "Deposit the instrument of ratification." }],
  },
];
