import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import englishMessages from '../../_locales/en/messages.json';
import { CHECKLIST_GROUPS, COMPARE_PROTECTION, SCAM_WARNING } from '../../src/core/checklist-groups';
import { getStepFingerprint } from '../../src/core/checklists';
import * as helpSources from '../../src/core/help-sources';
import { MILESTONES } from '../../src/core/milestones';
import type { HelpSource } from '../../src/core/source';
import { getStatementSources, type Statement } from '../../src/core/statement';

const STATEMENTS: readonly Statement[] = [...CHECKLIST_GROUPS.flatMap((group) => group.steps), COMPARE_PROTECTION, SCAM_WARNING];
const findStep = (id: string) => STATEMENTS.find((statement) => statement.id === id)!;
const english: Readonly<Record<string, { readonly message: string }>> = englishMessages;
const isHelpSource = (value: unknown): value is HelpSource => typeof value === 'object' && value !== null && 'url' in value;
const PAGES_FOR_ONE_LANGUAGE = Object.values(helpSources).filter(isHelpSource).filter((source) => source.language !== undefined);

/** A step that tells the reader which menu, button or folder to use ("Settings > Apps", "tap Uninstall"). */
const namesMenuLabels = (statement: Statement) => / > |\b(tap|choose|drag)\b/i.test(english[statement.text]!.message);

describe('sources in the reader’s language', () => {
  test('a Spanish reader sees the Spanish pages first, then the English ones, and no Indonesian page', () => {
    const urls = getStatementSources(findStep('safe-kids-replace'), MILESTONES, 'es').map((source) => source.url);
    expect(urls.slice(0, 2)).toEqual([helpSources.APPLE_SCREEN_TIME_SOURCE_ES.url, helpSources.GOOGLE_FAMILY_LINK_SOURCE_ES.url]);
    expect(urls).toContain(helpSources.APPLE_SCREEN_TIME_SOURCE.url);
    expect(urls).not.toContain(helpSources.APPLE_SCREEN_TIME_SOURCE_ID.url);
  });

  test('an Indonesian reader sees the Indonesian page first; an English reader only the pages for everyone', () => {
    expect(getStatementSources(findStep('safe-kids-replace'), MILESTONES, 'id')[0]?.url).toBe(helpSources.APPLE_SCREEN_TIME_SOURCE_ID.url);
    const forEnglish = getStatementSources(findStep('safe-kids-replace'), MILESTONES, 'en');
    expect(forEnglish.map((source) => source.url)).toEqual([
      helpSources.GOOGLE_FAMILY_LINK_SOURCE.url,
      helpSources.APPLE_SCREEN_TIME_SOURCE.url,
      helpSources.MICROSOFT_FAMILY_SAFETY_SOURCE.url,
    ]);
  });

  test('a page for one language changes no step’s fingerprint, so no tick opens again when one is found', () => {
    const step = findStep('android-play-protect');
    const withoutIt = { ...step, extraSources: (step.extraSources ?? []).filter((source) => source.language === undefined) };
    expect(withoutIt.extraSources.length).toBeLessThan(step.extraSources!.length);
    expect(getStepFingerprint(step, MILESTONES)).toBe(getStepFingerprint(withoutIt, MILESTONES));
  });

  test('a page for readers of one language is in Spanish or Indonesian, read, and cited by a statement', () => {
    expect(PAGES_FOR_ONE_LANGUAGE.length).toBeGreaterThan(0);
    const cited = new Set(STATEMENTS.flatMap((statement) => (statement.extraSources ?? []).map((source) => source.url)));
    for (const source of PAGES_FOR_ONE_LANGUAGE) {
      expect(['es', 'id'], source.url).toContain(source.language);
      expect(source.isTextRead, source.url).toBe(true);
      expect(cited.has(source.url), source.url).toBe(true);
    }
  });
});

describe('menu labels in Spanish and Indonesian: confirmed by a page in that language, or said to be unconfirmed', () => {
  test('the rule finds the steps that name menus (and not the others)', () => {
    const naming = STATEMENTS.filter(namesMenuLabels).map((statement) => statement.id);
    expect(naming).toEqual(expect.arrayContaining(['windows-remove-kaspersky', 'windows-protection-on', 'android-play-protect', 'iphone-remove-kaspersky']));
    expect(naming).not.toContain('mac-protection');
  });

  test.each(STATEMENTS.filter(namesMenuLabels).flatMap((statement) => (['es', 'id'] as const).map((language) => [statement.id, language] as const)))(
    '%s in %s: a page read in that language backs its labels, or the step lists the language as unconfirmed',
    (id, language) => {
      const statement = findStep(id);
      const hasReadPage = (statement.extraSources ?? []).some((source) => source.language === language && source.isTextRead === true);
      expect(hasReadPage || (statement.unconfirmedLabelsIn ?? []).includes(language)).toBe(true);
    },
  );

  test('the README names every step whose Spanish or Indonesian labels are unconfirmed', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const start = readme.indexOf('### Sources of the steps in Spanish and Indonesian');
    expect(start).toBeGreaterThan(0);
    const section = readme.slice(start, readme.indexOf('\n## ', start));
    for (const statement of STATEMENTS.filter((candidate) => (candidate.unconfirmedLabelsIn ?? []).length > 0)) expect(section, statement.id).toContain(`\`${statement.id}\``);
  });
});
