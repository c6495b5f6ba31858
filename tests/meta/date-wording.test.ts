import { addMilliseconds } from 'date-fns';
import { millisecondsInDay } from 'date-fns/constants';
import { describe, expect, test } from 'vitest';
import englishMessages from '../../_locales/en/messages.json';
import indonesianMessages from '../../_locales/id/messages.json';
import spanishMessages from '../../_locales/es/messages.json';
import { CHECKLIST_GROUPS } from '../../src/core/checklist-groups';
import { compileMessages, createTranslator, type LocaleMessages } from '../../src/core/create-translator';
import { formatReviewDate } from '../../src/core/data-freshness';
import { getHeadlineParts } from '../../src/core/describe-status';
import { formatDay, formatInstant, formatMilestoneDate, formatMonth, type DateForm, type DisplayContext } from '../../src/core/format-milestone-date';
import { getMeaningStatements } from '../../src/core/meaning';
import type { MessageKey, Translate } from '../../src/core/messages';
import { findMilestone, getKnownPassedTime, type Milestone } from '../../src/core/milestone';
import { MILESTONES } from '../../src/core/milestones';
import { getMixUps } from '../../src/core/mix-ups';
import { COVERED_PRODUCTS_STATEMENT, NOT_COVERED_STATEMENT } from '../../src/core/products';
import { REGION_IDS } from '../../src/core/regions';
import { listReminders } from '../../src/core/reminders';
import type { Statement } from '../../src/core/statement';
import { DEADLINE_HISTORY_DAYS, getStatus } from '../../src/core/status';

/**
 * Words around a date that depend on how the date reads. Spanish puts "el" before a day ("desde el
 * 29 de septiembre de 2024", "terminan el 20 de julio") but not before a month ("desde septiembre
 * de 2024", "a finales de septiembre"); English says "on July 20" but "in July 2024". A message
 * that can get dates of two forms either reads right with both or has a message per form
 * (`headlineWithoutDay` in the data). This file lists every message that takes a date, with the
 * forms each of its dates can get; checks that list against what the code actually passes, at
 * instants around every milestone, in every region; and renders each message with a date of each
 * form in every language.
 */
const DATE_FORMS: Readonly<Record<string, Readonly<Record<string, readonly DateForm[]>>>> = {
  // The data's review date.
  headline_none: { date: ['day'] },
  headline_none_other: { date: ['day'] },
  popup_reviewed: { date: ['day'] },
  calendar_description: { date: ['day'] },
  calendar_event_footer: { date: ['day'] },
  clock_wrong: { now: ['instant'], reviewed: ['day'] },
  summary_title: { now: ['instant'] },
  // The US cut-off as context outside the US (popup-app.tsx), and the same instant where the authority set it.
  us_context_before: { date: ['instant'] },
  us_context_after: { date: ['instant'] },
  popup_in_authority_zone: { time: ['instant'] },
  popup_in_authority_zone_place: { time: ['instant'] },
  popup_date_approximate_reported: { date: ['day'] },
  // Headlines: the next deadline while one is ahead, otherwise the milestone that set the state; a
  // deadline more than DEADLINE_HISTORY_DAYS past by its month.
  m_us_bod_17_01_headline: { date: ['day'] },
  m_uk_ncsc_letter_headline: { date: ['day'] },
  m_lt_government_decision_headline: { date: ['day'] },
  m_nl_government_phase_out_headline: { date: ['day'] },
  m_de_bsi_warning_headline: { date: ['day'] },
  m_it_acn_advisory_headline: { date: ['day'] },
  m_it_decree_21_2022_headline: { date: ['day'] },
  m_ca_government_devices_headline: { date: ['day'] },
  m_us_bis_final_determination_headline: { date: ['day'] },
  m_us_new_sales_end_headline: { date: ['instant'] },
  m_us_updates_end_headline: { date: ['instant'] },
  m_us_updates_end_month_headline: { date: ['month'] },
  m_au_pspf_direction_headline: { date: ['day'] },
  m_au_removal_deadline_headline: { date: ['day', 'month'] },
  // Statements ("What this means", the mix-ups).
  meaning_us_updates_before: { date: ['instant'] },
  meaning_us_updates_after: { date: ['instant'] },
  meaning_us_sales_before: { date: ['day'] },
  meaning_us_sales_after: { date: ['day'] },
  mixup_cutoff_fact_before: { date: ['instant'] },
  mixup_cutoff_fact: { date: ['instant'] },
  mixup_sanctions_fact: { date: ['day'] },
  mixup_sales_date_fact_before: { date: ['day'] },
  mixup_sales_date_fact: { date: ['day'] },
  mixup_announcement_fact: { announced: ['day'], published: ['day'] },
  mixup_fight_back_fact: { date: ['day'] },
  // The copied summary names the latest and the next milestone, whatever their precision.
  summary_latest: { date: ['instant', 'day', 'month', 'part-of-month'] },
  summary_next: { date: ['instant', 'day', 'month', 'part-of-month'] },
  // Reminders: an instant, or a day (or part of a month) with "time of day not stated".
  notification_reminder_message: { date: ['instant', 'day', 'part-of-month'] },
  notification_date_without_time: { date: ['day', 'part-of-month'] },
  date_early_month: { month: ['month'] },
  date_mid_month: { month: ['month'] },
  date_late_month: { month: ['month'] },
};

const ALL_MESSAGES = englishMessages as LocaleMessages;

/** Placeholders that hold a sentence, not a date, though their example has one. */
const NOT_DATES: readonly string[] = ['tooltip.headline'];

/** The placeholder a message's `$n` fills, by name. */
function getPlaceholderName(key: string, index: number): string {
  const placeholders = ALL_MESSAGES[key]?.placeholders ?? {};
  const name = Object.entries(placeholders).find(([, { content }]) => content === `$${index + 1}`)?.[0];
  if (name === undefined) throw new Error(`${key} has no placeholder $${index + 1}`);
  return name;
}

/** Instants where what is shown can change: around every milestone's instant, announcement and report, and its month-naming day. */
const INSTANTS: readonly Date[] = [
  ...MILESTONES.flatMap((milestone) => {
    const instants = [milestone.whenTime, milestone.announcedTime, getKnownPassedTime(milestone), milestone.whenTime + DEADLINE_HISTORY_DAYS * millisecondsInDay + 1];
    return instants.flatMap((time) => [new Date(time - 1), new Date(time), addMilliseconds(new Date(time), millisecondsInDay)]);
  }),
  new Date('2026-12-10T12:00:00Z'),
  new Date('2100-01-01T00:00:00Z'),
];

const DISPLAY: DisplayContext = { locale: 'es-US', timeZone: 'America/Puerto_Rico' };
const translateSpanish = createTranslator(compileMessages(spanishMessages));

function getDateForm(milestone: Milestone): DateForm {
  return formatMilestoneDate(milestone, DISPLAY, translateSpanish).form;
}

/** Every (message, placeholder, form) the code passes, found by computing what each surface shows at INSTANTS. */
function collectUsedForms(): Set<string> {
  const used = new Set<string>();
  const add = (key: string, index: number, form: DateForm) => {
    // A headline with no date ("No known restriction in the U.S.") is given one and leaves it out.
    if (Object.keys(ALL_MESSAGES[key]?.placeholders ?? {}).length > 0) used.add(`${key}.${getPlaceholderName(key, index)}:${form}`);
  };
  const addStatement = (statement: Statement) => (statement.dateOf ?? []).forEach((id, index) => add(statement.text, index, getDateForm(findMilestone(MILESTONES, id))));
  for (const region of REGION_IDS) {
    for (const now of INSTANTS) {
      const status = getStatus(MILESTONES, region, now, DISPLAY);
      const { key, date } = getHeadlineParts(status, now, translateSpanish, DISPLAY);
      add(key, 0, date.form);
      if (status.lastPassed) add('summary_latest', 1, getDateForm(status.lastPassed));
      if (status.next) add('summary_next', 1, getDateForm(status.next));
      getMeaningStatements(status, MILESTONES, now).forEach(addStatement);
      getMixUps(MILESTONES, now).forEach((mixUp) => addStatement(mixUp.fact));
    }
    for (const reminder of listReminders(MILESTONES, region, DISPLAY)) {
      const form = getDateForm(reminder.milestone);
      add('notification_reminder_message', 1, form);
      if (form !== 'instant') add('notification_date_without_time', 0, form);
    }
  }
  [...CHECKLIST_GROUPS.flatMap((group) => group.steps), COVERED_PRODUCTS_STATEMENT, NOT_COVERED_STATEMENT].forEach(addStatement);
  return used;
}

/** A date of `form` as a reader of `locale` sees it. */
function formatSample(form: DateForm, locale: string, translate: Translate): string {
  const display: DisplayContext = { locale, timeZone: 'America/Puerto_Rico' };
  const cutOff = findMilestone(MILESTONES, 'us-updates-end');
  if (form === 'instant') return formatInstant(new Date(cutOff.whenTime), display);
  if (form === 'day') return formatDay(new Date('2024-07-20T12:00:00Z'), display);
  if (form === 'month') return formatMonth(cutOff, display);
  return translate('date_late_month', [formatMonth(cutOff, display)]);
}

interface Rendered {
  /** The text before the date, and the date, as they read. */
  readonly before: string;
  readonly date: string;
  readonly text: string;
}

/** `key` with a date of `form` in `placeholder`, the other placeholders filled with a date of their first form. */
function render(key: string, placeholder: string, form: DateForm, locale: string, translate: Translate): Rendered {
  const names = Object.entries(ALL_MESSAGES[key]?.placeholders ?? {}).sort(([, a], [, b]) => a.content.localeCompare(b.content)).map(([name]) => name);
  const samples = names.map((name) => formatSample(name === placeholder ? form : (DATE_FORMS[key]?.[name]?.[0] ?? 'day'), locale, translate));
  const marker = '\u0000';
  const marked = translate(key as MessageKey, samples.map((sample, index) => (names[index] === placeholder ? `${marker}${sample}` : sample)));
  const [before = '', after = ''] = marked.split(marker);
  const date = samples[names.indexOf(placeholder)] ?? '';
  return { before, date, text: `${before}${after}` };
}

/** The last word before the date, lower case; "" after punctuation that opens or introduces it ("(", ":") or at the start. */
function getWordBefore(before: string): string {
  const trimmed = before.trimEnd();
  if (trimmed === '' || /[(:]$/.test(trimmed)) return '';
  return (trimmed.match(/[\p{L}]+$/u)?.[0] ?? '').toLowerCase();
}

/** What is wrong with a date of `form` after `before`, in `language`; `undefined` when it reads right. */
function findWordingError(language: string, form: DateForm, before: string): string | undefined {
  const word = getWordBefore(before);
  const namesDay = form === 'instant' || form === 'day';
  if (language === 'es') {
    // A day takes the article ("el 29 de septiembre", "desde el", "al"), a month does not ("desde septiembre de 2024").
    const hasArticle = ['el', 'al', 'del'].includes(word);
    if (namesDay && !hasArticle && word !== '') return `a day without "el" after "${word}"`;
    if (!namesDay && hasArticle) return `a month after "${word}"`;
  }
  if (language === 'en') {
    if (!namesDay && ['on', 'at'].includes(word)) return `a month after "${word}"`;
    if (namesDay && word === 'in') return 'a day after "in"';
  }
  if (language === 'id' && !namesDay && word === 'tanggal') return 'a month after "tanggal"';
  return undefined;
}

const LANGUAGES = [
  ['en', 'en-US', createTranslator(compileMessages(englishMessages))],
  ['es', 'es-US', translateSpanish],
  ['id', 'id', createTranslator(compileMessages(indonesianMessages))],
] as const;

const DECLARED = Object.entries(DATE_FORMS).flatMap(([key, placeholders]) =>
  Object.entries(placeholders).flatMap(([placeholder, forms]) => forms.map((form) => ({ key, placeholder, form }))),
);

describe('dates in sentences: the words around a date fit its form', () => {
  test('every message that takes a date is listed, with its placeholders', () => {
    const takingDates = Object.entries(ALL_MESSAGES).flatMap(([key, { placeholders = {} }]) =>
      Object.entries(placeholders)
        .filter(([name, { example }]) => /\b(19|20)\d\d\b/.test(example ?? '') && !NOT_DATES.includes(`${key}.${name}`))
        .map(([name]) => `${key}.${name}`),
    );
    const listed = Object.entries(DATE_FORMS).flatMap(([key, placeholders]) => Object.keys(placeholders).map((name) => `${key}.${name}`));
    expect(listed.sort()).toEqual(takingDates.sort());
  });

  test('the code passes each message only the forms listed for it (headlines, statements, summary and reminders, around every milestone in every region)', () => {
    const declared = new Set(DECLARED.map(({ key, placeholder, form }) => `${key}.${placeholder}:${form}`));
    const used = collectUsedForms();
    expect([...used].filter((entry) => !declared.has(entry))).toEqual([]);
    // The cases the grammar turns on are reached: the cut-off by its minute, then by its month.
    expect(used).toContain('m_us_updates_end_headline.date:instant');
    expect(used).toContain('m_us_updates_end_month_headline.date:month');
    expect(used).toContain('m_au_removal_deadline_headline.date:month');
  });

  test.each(LANGUAGES)('%s: every message reads right with each form of date it can get', (language, locale, translate) => {
    const errors = DECLARED.flatMap(({ key, placeholder, form }) => {
      const { before, date, text } = render(key, placeholder, form, locale, translate);
      expect(text, `${key} shows its date`).toContain(date);
      const error = findWordingError(language, form, before);
      return error === undefined ? [] : [`${key} (${placeholder}, ${form}): ${error}: ${text}`];
    });
    expect(errors).toEqual([]);
  });

  test('the check catches what it is for: "desde" + a day, "el" + a month, "on" + a month', () => {
    expect(findWordingError('es', 'instant', 'Kaspersky no recibe actualizaciones en EE. UU. desde ')).toBeDefined();
    expect(findWordingError('es', 'instant', 'Kaspersky no recibe actualizaciones en EE. UU. desde el ')).toBeUndefined();
    expect(findWordingError('es', 'month', 'Kaspersky no recibe actualizaciones en EE. UU. desde el ')).toBeDefined();
    expect(findWordingError('es', 'month', 'Kaspersky no recibe actualizaciones en EE. UU. desde ')).toBeUndefined();
    expect(findWordingError('es', 'part-of-month', 'terminaron el ')).toBeDefined();
    expect(findWordingError('es', 'day', '(fecha límite: ')).toBeUndefined();
    expect(findWordingError('en', 'month', 'New sales ended on ')).toBeDefined();
    expect(findWordingError('id', 'month', 'berakhir pada tanggal ')).toBeDefined();
  });

  test('the reported case: es-US in Puerto Rico, 30 seconds after the cut-off, then a month on', () => {
    const headlineAt = (instant: string) => {
      const now = new Date(instant);
      const { key, date } = getHeadlineParts(getStatus(MILESTONES, 'us', now, DISPLAY), now, translateSpanish, DISPLAY);
      return translateSpanish(key, [date.text]);
    };
    expect(headlineAt('2024-09-29T04:00:30Z')).toBe('Kaspersky no recibe actualizaciones en EE. UU. desde el 29 de septiembre de 2024 a las 12:00 a.m. AST.');
    expect(headlineAt('2024-11-15T12:00:00Z')).toBe('Kaspersky no recibe actualizaciones en EE. UU. desde septiembre de 2024.');
    expect(formatReviewDate('es-US')).toMatch(/de 2026$/);
  });
});
