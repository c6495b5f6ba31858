import { describe, expect, test } from 'vitest';
import englishMessages from '../../_locales/en/messages.json';
import { CHECKLIST_GROUPS } from '../../src/core/checklist-groups';
import { getUsMeaning, getWhyNotUsRules, getWorldwideMeaning } from '../../src/core/meaning';
import { findMilestone as findIn } from '../../src/core/milestone';
import { MILESTONES } from '../../src/core/milestones';
import { getMixUps, listMixUpFactTexts, MIX_UP_RECORDS } from '../../src/core/mix-ups';
import { COVERED_PRODUCTS_STATEMENT, NOT_COVERED_STATEMENT } from '../../src/core/products';
import { getStatementSources as getSourcesIn, type Statement } from '../../src/core/statement';

const findMilestone = (id: string) => findIn(MILESTONES, id);
const getStatementSources = (statement: Statement) => getSourcesIn(statement, MILESTONES, 'en');

const allStatements: Statement[] = [
  ...getUsMeaning(MILESTONES, new Date('2024-07-01T00:00:00Z')),
  ...getUsMeaning(MILESTONES, new Date('2026-01-01T00:00:00Z')),
  ...getWorldwideMeaning(MILESTONES, new Date('2026-01-01T00:00:00Z')),
  ...CHECKLIST_GROUPS.flatMap((group) => group.steps),
  ...MIX_UP_RECORDS.flatMap((mixUp) => listMixUpFactTexts(mixUp).map((text) => ({ ...mixUp.fact, text }))),
  COVERED_PRODUCTS_STATEMENT,
  NOT_COVERED_STATEMENT,
  getWhyNotUsRules(true),
  getWhyNotUsRules(false),
];

describe('guidance', () => {
  test.each(allStatements)('$id rests on existing milestones and its message exists', (statement) => {
    for (const id of [...statement.basedOn, ...(statement.dateOf ?? [])]) expect(() => findMilestone(id)).not.toThrow();
    expect(Object.keys(englishMessages)).toContain(statement.text);
  });

  test.each(getMixUps(MILESTONES, new Date('2026-01-01T00:00:00Z')))('mix-up $id has a source for its correction', (mixUp) => {
    expect(getStatementSources(mixUp.fact).length).toBeGreaterThan(0);
  });

  test('before the final determination the US meaning says nothing', () => {
    expect(getUsMeaning(MILESTONES, new Date('2024-06-19T12:00:00Z'))).toEqual([]);
  });

  test('the updates sentence switches tense at the cut-off', () => {
    const textAt = (instant: string) => getUsMeaning(MILESTONES, new Date(instant)).find((statement) => statement.id === 'updates')?.text;
    expect(textAt('2024-09-29T03:59:59Z')).toBe('meaning_us_updates_before');
    expect(textAt('2024-09-29T04:00:00Z')).toBe('meaning_us_updates_after');
  });

  test('sources of a statement are not repeated', () => {
    const sources = getStatementSources({ id: 'twice', text: 'mixup_jobs_fact', basedOn: ['us-updates-end', 'us-updates-end'] });
    expect(new Set(sources.map((source) => source.url)).size).toBe(sources.length);
  });
});
