import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import schema from '../../docs/milestones.schema.json';
import { buildOpenData, formatOpenData } from '../../scripts/write-open-data';
import { LEVELS, type Confidence, type Milestone, type MilestoneRecord, type Precision, type Source } from '../../src/core/milestone';
import { DATA_REVIEWED_ON, MILESTONES } from '../../src/core/milestones';
import { REGION_IDS } from '../../src/core/regions';
import { translateEnglish, translateIndonesian } from '../support/translators';

const milestones: readonly Milestone[] = MILESTONES;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;

// The code has these as types only; `satisfies Record<…, true>` makes tsc fail here when a member
// is added or removed, and the tests below then make the schema follow.
const PRECISIONS = Object.keys({ instant: true, day: true, month: true } satisfies Record<Precision, true>);
const CONFIDENCES = Object.keys({ primary: true, 'primary-text': true, secondary: true, 'single-report': true } satisfies Record<Confidence, true>);
const SOURCE_KINDS = Object.keys({ primary: true, copy: true, secondary: true } satisfies Record<Source['kind'], true>);
/** A source's fields, and `description`, which is what a title we do not have becomes (OpenDataSource). */
const SOURCE_FIELDS = [...Object.keys({ publisher: true, title: true, url: true, archiveUrl: true, kind: true, isTextRead: true } satisfies Record<keyof Source, true>), 'description'];
/** Every field of a milestone that is a fact; its message keys become resolved `text` instead. */
const FACT_FIELDS = Object.keys({
  id: true, when: true, precision: true, zone: true, announced: true, regions: true, effect: true, isDeadline: true, confidence: true,
  scope: true, isApproximate: true, reportedOn: true, sources: true,
} satisfies Record<Exclude<keyof MilestoneRecord, 'text' | 'stateText'>, true>);

function createValidator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

const validate = createValidator();
const document = buildOpenData();

/** A copy of the document with the value at `path` replaced, or removed when `value` is undefined. */
function withValueAt(path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(document) as unknown;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) Reflect.deleteProperty(parent, last);
  else parent[last] = value;
  return copy;
}

/** The facts as published: optional fields present, with null or false where the data leaves them out. */
function getFacts(milestone: Milestone): Record<string, unknown> {
  const published: Record<string, unknown> = {
    ...milestone,
    scope: milestone.scope ?? null,
    isApproximate: milestone.isApproximate ?? false,
    reportedOn: milestone.reportedOn ?? null,
    sources: milestone.sources.map(({ title, ...source }) => ({
      ...source,
      isTextRead: source.isTextRead ?? false,
      title: typeof title === 'string' ? title : null,
      description: typeof title === 'string' ? null : { en: translateEnglish(title.description), id: translateIndonesian(title.description) },
    })),
  };
  return Object.fromEntries(FACT_FIELDS.map((field) => [field, published[field]]));
}

describe('the open data document (dist/data/milestones.json)', () => {
  test('validates against docs/milestones.schema.json', () => {
    expect(validate(document), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  test('has every bundled milestone, in order, with identical facts', () => {
    expect(document.milestones.map((milestone) => milestone.id)).toEqual(milestones.map((milestone) => milestone.id));
    document.milestones.forEach((published, index) => {
      const { text, ...facts } = published;
      expect(Object.keys(text)).toEqual(['en', 'id']);
      expect(facts).toEqual(getFacts(milestones[index]!));
    });
  });

  test.each(milestones.map((milestone, index) => [milestone.id, milestone, index] as const))(
    '%s: its texts are the extension\'s own, in English and Indonesian',
    (_id, milestone, index) => {
      const { text } = document.milestones[index]!;
      for (const [language, translate] of [['en', translateEnglish], ['id', translateIndonesian]] as const) {
        const meaning = milestone.stateText ? { meaning: translate(milestone.stateText.meaning) } : {};
        expect(text[language]).toEqual({ title: translate(milestone.text.title), summary: translate(milestone.text.summary), ...meaning });
        for (const value of Object.values(text[language])) expect(value).not.toMatch(/\$/);
      }
    },
  );

  test.each(document.milestones)('$id: when and announced are instants with an offset', ({ id, when, announced }) => {
    const source = milestones.find((milestone) => milestone.id === id)!;
    for (const [value, original] of [[when, source.when], [announced, source.announced]] as const) {
      expect(value).toMatch(ISO_WITH_OFFSET);
      expect(new Date(value).getTime()).not.toBeNaN();
      expect(new Date(value).getTime()).toBe(new Date(original).getTime());
    }
  });

  test('keeps the review date a calendar date, and lists every region', () => {
    expect(document.reviewedOn).toBe(DATA_REVIEWED_ON);
    expect(document.regions).toEqual(REGION_IDS);
  });

  test('says it is unofficial and how to read its dates', () => {
    expect(document.about).toMatch(/unofficial/i);
    expect(document.about).toMatch(/not affiliated with or endorsed by Kaspersky/);
    expect(document.about).toMatch(/no time of day/);
    expect(document.about).toMatch(/ISO 8601 with an explicit UTC offset/);
  });

  test('is the same bytes on every run, pretty-printed with a final newline, with no generation time', () => {
    const text = formatOpenData(document);
    expect(formatOpenData(buildOpenData())).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "milestones": [\n');
    expect(Object.keys(document)).toEqual(['$schema', 'about', 'reviewedOn', 'regions', 'milestones']);
  });
});

describe('the schema cannot drift from the code', () => {
  test('regions are REGION_IDS', () => {
    expect(schema.$defs.regionId.enum).toEqual(REGION_IDS);
  });

  test('effects are LEVELS or null', () => {
    expect(schema.$defs.milestone.properties.effect.enum).toEqual([...LEVELS, null]);
  });

  test('precision, confidence and source kinds are the types\' members', () => {
    expect(schema.$defs.milestone.properties.precision.enum).toEqual(PRECISIONS);
    expect(schema.$defs.milestone.properties.confidence.enum).toEqual(CONFIDENCES);
    expect(schema.$defs.source.properties.kind.enum).toEqual(SOURCE_KINDS);
  });

  test('a milestone has exactly the fact fields of the Milestone type plus its text, a source those of Source', () => {
    expect(Object.keys(schema.$defs.milestone.properties).sort()).toEqual([...FACT_FIELDS, 'text'].sort());
    expect(schema.$defs.milestone.required.sort()).toEqual([...FACT_FIELDS, 'text'].sort());
    expect(Object.keys(schema.$defs.source.properties).sort()).toEqual([...SOURCE_FIELDS].sort());
  });
});

/** Where the first source named by our description is, in the document. */
const DESCRIBED = (() => {
  const milestoneIndex = document.milestones.findIndex((milestone) => milestone.sources.some((source) => source.description !== null));
  const sourceIndex = document.milestones[milestoneIndex]!.sources.findIndex((source) => source.description !== null);
  return ['milestones', milestoneIndex, 'sources', sourceIndex] as const;
})();

describe('the schema rejects a broken document', () => {
  const withEffect = document.milestones.findIndex((milestone) => milestone.effect !== null);
  const withoutState = document.milestones.findIndex((milestone) => milestone.effect === null && !milestone.isDeadline);

  test.each([
    ['an http source link', ['milestones', 0, 'sources', 0, 'url'], 'http://www.bis.gov/', '/milestones/0/sources/0/url'],
    ['an http archive link', ['milestones', 0, 'sources', 0, 'archiveUrl'], 'http://web.archive.org/web/https://www.bis.gov/', '/milestones/0/sources/0/archiveUrl'],
    ['an unknown region in a milestone', ['milestones', 0, 'regions', 0], 'fr', '/milestones/0/regions/0'],
    ['an unknown region in the list', ['regions', 0], 'fr', '/regions/0'],
    ['an extra property on a milestone', ['milestones', 0, 'note'], 'x', '/milestones/0'],
    ['an extra property on a source', ['milestones', 0, 'sources', 0, 'note'], 'x', '/milestones/0/sources/0'],
    ['an extra property in a text', ['milestones', 0, 'text', 'en', 'headline'], 'x', '/milestones/0/text/en'],
    ['an extra language', ['milestones', 0, 'text', 'de'], { title: 'x', summary: 'y' }, '/milestones/0/text'],
    ['an extra top-level property', ['generatedAt'], '2026-11-24T00:00:00Z', ''],
    ['a day that does not exist', ['milestones', 0, 'when'], '2017-02-30T00:00:00-05:00', '/milestones/0/when'],
    ['an instant without an offset', ['milestones', 0, 'when'], '2017-09-13T00:00:00', '/milestones/0/when'],
    ['a date written in words', ['milestones', 0, 'announced'], 'September 13, 2017', '/milestones/0/announced'],
    ['a review date that does not exist', ['reviewedOn'], '2026-11-31', '/reviewedOn'],
    ['a review date turned into an instant', ['reviewedOn'], '2026-11-24T00:00:00Z', '/reviewedOn'],
    ['an unknown precision', ['milestones', 0, 'precision'], 'hour', '/milestones/0/precision'],
    ['an unknown effect', ['milestones', 0, 'effect'], 'ban', '/milestones/0/effect'],
    ['an unknown confidence', ['milestones', 0, 'confidence'], 'rumour', '/milestones/0/confidence'],
    ['an unknown source kind', ['milestones', 0, 'sources', 0, 'kind'], 'blog', '/milestones/0/sources/0/kind'],
    ['a report date that is not a date', ['milestones', 0, 'reportedOn'], 'October 7', '/milestones/0/reportedOn'],
    ['an approximate flag that is not a boolean', ['milestones', 0, 'isApproximate'], 'yes', '/milestones/0/isApproximate'],
    ['a source with neither title nor description', ['milestones', 0, 'sources', 0, 'title'], null, '/milestones/0/sources/0'],
    ['a source with a description beside its title', ['milestones', 0, 'sources', 0, 'description'], { en: 'x', id: 'y' }, '/milestones/0/sources/0'],
    ['a description in one language only', [...DESCRIBED, 'description'], { en: 'x' }, `/${DESCRIBED.join('/')}/description`],
    ['a source without its read flag', ['milestones', 0, 'sources', 0, 'isTextRead'], undefined, '/milestones/0/sources/0'],
    ['no sources', ['milestones', 0, 'sources'], [], '/milestones/0/sources'],
    ['a missing fact', ['milestones', 0, 'zone'], undefined, '/milestones/0'],
    ['an empty title', ['milestones', 0, 'text', 'id', 'title'], '', '/milestones/0/text/id/title'],
    ['a status milestone without its meaning', ['milestones', withEffect, 'text', 'id', 'meaning'], undefined, `/milestones/${withEffect}/text/id`],
    ['a meaning on a milestone that sets no status', ['milestones', withoutState, 'text', 'en', 'meaning'], 'x', `/milestones/${withoutState}/text/en/meaning`],
    ['a wrong schema reference', ['$schema'], 'milestones.schema.json', '/$schema'],
  ] as const)('%s', (_name, path, value, expectedPath) => {
    expect(validate(withValueAt(path, value))).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toContain(expectedPath);
  });
});
