/**
 * The bundled milestones as open data: `dist/data/milestones.json`, described by
 * `docs/milestones.schema.json`, so reviewers and other tools can check every date and source
 * without reading TypeScript. Run by `npm run build`; the extension itself never reads the file.
 * Reproducible: no generation time, keys in a fixed order, so two runs write the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import englishMessages from '../_locales/en/messages.json';
import indonesianMessages from '../_locales/id/messages.json';
import { compileMessages, createTranslator, type LocaleMessages } from '../src/core/create-translator';
import type { MessageKey } from '../src/core/messages';
import type { Confidence, Level, Milestone, Precision, Source } from '../src/core/milestone';
import { DATA_REVIEWED_ON, MILESTONES } from '../src/core/milestones';
import { REGION_IDS, type RegionId } from '../src/core/regions';

export const OPEN_DATA_PATH = resolve(import.meta.dirname, '../dist/data/milestones.json');
/** Where the schema is from the written file, so editors and validators find it in a checkout. */
export const SCHEMA_REFERENCE = '../../docs/milestones.schema.json';

const ABOUT =
  'Unofficial data of the Kaspersky Ban Status browser extension, not affiliated with or endorsed by Kaspersky. ' +
  'Instants are ISO 8601 with an explicit UTC offset. Precision "day" or "month" means the source states no time of day: ' +
  'the instant is 00:00 at the start of that day or month in the milestone\'s zone, and only the calendar date is a fact.';

/** The languages the extension speaks, by their `_locales` folder (`id` is Bahasa Indonesia). */
const LOCALES = { en: englishMessages, id: indonesianMessages } as const satisfies Record<string, LocaleMessages>;
type Language = keyof typeof LOCALES;

export interface OpenDataText {
  readonly title: string;
  readonly summary: string;
  readonly meaning?: string;
}

export interface OpenDataMilestone {
  readonly id: string;
  readonly when: string;
  readonly precision: Precision;
  readonly zone: string;
  readonly announced: string;
  readonly regions: readonly RegionId[];
  readonly effect: Level | null;
  readonly isDeadline: boolean;
  readonly confidence: Confidence;
  /** Whom it covers, quoted from the fact base; null where the data does not state it. */
  readonly scope: string | null;
  readonly isApproximate: boolean;
  /** YYYY-MM-DD the press first reported it, where later than `when`; otherwise null. */
  readonly reportedOn: string | null;
  readonly text: Readonly<Record<Language, OpenDataText>>;
  readonly sources: readonly OpenDataSource[];
}

/**
 * A source with every field present: `isTextRead` is false where the data leaves it out. `title` is
 * the page's own title, or null where the data names the page by a description of ours, which is
 * then in `description` in each language (null otherwise).
 */
export interface OpenDataSource extends Required<Omit<Source, 'title'>> {
  readonly title: string | null;
  readonly description: Readonly<Record<Language, string>> | null;
}

export interface OpenData {
  readonly $schema: string;
  readonly about: string;
  readonly reviewedOn: string;
  readonly regions: readonly RegionId[];
  readonly milestones: readonly OpenDataMilestone[];
}

/**
 * A message as every reader sees it. Messages with placeholders (the status headlines, whose date
 * is the reader's next deadline in the reader's zone) have no single honest text, so they are
 * refused rather than published with a hole in them.
 */
function resolveMessage(language: Language, key: MessageKey): string {
  const messages: LocaleMessages = LOCALES[language];
  const entry = messages[key];
  if (!entry) throw new Error(`_locales/${language}/messages.json has no message "${key}".`);
  if (Object.keys(entry.placeholders ?? {}).length > 0) throw new Error(`"${key}" has placeholders and cannot be written once for every reader.`);
  return createTranslator(compileMessages(messages, [key]))(key);
}

function toText(milestone: Milestone, language: Language): OpenDataText {
  const title = resolveMessage(language, milestone.text.title);
  const summary = resolveMessage(language, milestone.text.summary);
  return milestone.stateText ? { title, summary, meaning: resolveMessage(language, milestone.stateText.meaning) } : { title, summary };
}

function toOpenDataMilestone(milestone: Milestone): OpenDataMilestone {
  return {
    id: milestone.id,
    when: milestone.when,
    precision: milestone.precision,
    zone: milestone.zone,
    announced: milestone.announced,
    regions: [...milestone.regions],
    effect: milestone.effect,
    isDeadline: milestone.isDeadline,
    confidence: milestone.confidence,
    scope: milestone.scope ?? null,
    isApproximate: milestone.isApproximate ?? false,
    reportedOn: milestone.reportedOn ?? null,
    text: { en: toText(milestone, 'en'), id: toText(milestone, 'id') },
    sources: milestone.sources.map(({ publisher, title, url, archiveUrl, kind, isTextRead }) => ({
      publisher,
      title: typeof title === 'string' ? title : null,
      description: typeof title === 'string' ? null : { en: resolveMessage('en', title.description), id: resolveMessage('id', title.description) },
      url,
      archiveUrl,
      kind,
      isTextRead: isTextRead ?? false,
    })),
  };
}

/** The document written to `dist/data/milestones.json`, built from the bundled data alone. */
export function buildOpenData(): OpenData {
  const milestones: readonly Milestone[] = MILESTONES;
  return {
    $schema: SCHEMA_REFERENCE,
    about: ABOUT,
    reviewedOn: DATA_REVIEWED_ON,
    regions: [...REGION_IDS],
    milestones: milestones.map(toOpenDataMilestone),
  };
}

/** The exact bytes of the file: two-space indentation and a final newline, like the repository's JSON. */
export function formatOpenData(document: OpenData): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === import.meta.filename) {
  mkdirSync(dirname(OPEN_DATA_PATH), { recursive: true });
  writeFileSync(OPEN_DATA_PATH, formatOpenData(buildOpenData()));
  console.log(`Wrote ${relative(process.cwd(), OPEN_DATA_PATH)}`);
}
