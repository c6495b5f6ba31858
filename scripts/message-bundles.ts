/**
 * Which messages each part of the extension ships with. The build makes one module per part and
 * language from `_locales/<lang>/messages.json` (scripts/locale-messages-plugin.ts), imported as
 * `_locales/<lang>/messages.json?bundle=<part>`: the popup loads only the popup's messages in one
 * language, the options page only its own, and the background only its tooltip and notification
 * texts. The locale files themselves stay complete: the browser reads them for the manifest and
 * `i18n.getMessage`, which serves the pages in the browser's own language (so they load a bundle
 * only for a language the reader picked: src/ui/create-translator-loader.ts).
 *
 * A pattern is a message key, where `*` stands for any run of letters, digits and underscores
 * (`options_*`, `m_*_title`). tests/meta/message-bundles.test.ts checks that every message is in
 * some bundle, and that every key written in code a part loads is in that part's bundle or listed
 * under `carries`; the translator reports a key missing from its bundle with `console.error`, which
 * fails any test that meets it.
 */
export interface MessageBundle {
  /** The messages the part translates. */
  readonly shows: readonly string[];
  /**
   * Keys written in modules the part loads but never translated there: data and shared code that
   * hold the keys of other parts (the options page composes the checklist, but shows only the popup).
   */
  readonly carries: readonly string[];
}

export const BUNDLE_NAMES = ['popup', 'options', 'background'] as const;
export type BundleName = (typeof BUNDLE_NAMES)[number];

/** Read by the browser itself, never through a bundle: the manifest's name and description, and `locale_tag` (src/platform/i18n.ts). */
export const BROWSER_MESSAGES: readonly string[] = ['extension_name', 'extension_description', 'locale_tag'];

/** Milestone texts, and the names and dates every part says. */
const MILESTONE_TITLES = 'm_*_title';
const SHARED = ['region_*', 'date_*'];

/** What a reminder, the change notification and the tooltip say. */
const BACKGROUND_TEXTS = ['tooltip', 'tooltip_*', 'headline_*', 'm_*_headline', 'notification_*', 'fact_change_*', 'timeline_just_now'];

/** How a statement names its sources (the popup's steps and timeline, the options' browser check). */
const SOURCE_TEXTS = ['source_label', 'source_link_label', 'source_description_*', 'popup_source_*'];

/** The options page and its browser check. */
const OPTIONS_TEXTS = ['options_*', 'language_name_*', 'check_*'];

export const MESSAGE_BUNDLES: Readonly<Record<BundleName, MessageBundle>> = {
  popup: {
    shows: [
      ...SHARED,
      'm_*',
      ...SOURCE_TEXTS,
      'headline_*',
      'meaning_*',
      'us_*',
      'popup_*',
      'section_*',
      'products_*',
      'product_*',
      'timeline_*',
      'todo_*',
      'group_*',
      'step_*',
      'checklist_*',
      'mixup_*',
      'freshness_*',
      'clock_*',
      'copy_*',
      'summary_*',
      'calendar_*',
      'updated_*',
      'reminder_*',
      'print_*',
      'fact_change_*',
      'unofficial_notice',
    ],
    // The tooltip and notification texts travel with code the popup shares with the background.
    carries: ['tooltip', 'tooltip_*', 'notification_*'],
  },
  options: {
    shows: [...SHARED, MILESTONE_TITLES, ...SOURCE_TEXTS, ...OPTIONS_TEXTS, 'unofficial_notice'],
    // The view every page composes holds the checklist's texts, the milestones' other texts and the
    // timeline's words (relative-time.ts, format-milestone-date.ts); the options page shows
    // none of them.
    carries: ['m_*', 'group_*', 'step_*', 'checklist_*', 'timeline_just_now', 'popup_in_authority_zone*'],
  },
  background: {
    shows: [...SHARED, MILESTONE_TITLES, ...BACKGROUND_TEXTS],
    // Its data is the facts alone (scripts/bundled-data-plugin.ts), with only the titles' and
    // headlines' keys; the no-restriction meanings sit beside their headlines (describe-status.ts),
    // the popup's line in the authority's zone beside the dates (format-milestone-date.ts).
    carries: ['meaning_none*', 'popup_in_authority_zone*'],
  },
};

/** `*` in a pattern is any run of key characters; everything else is literal. */
function toPatternRegExp(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[a-z0-9_]*')}$`);
}

export function matchesAnyPattern(key: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => toPatternRegExp(pattern).test(key));
}

/** The keys of `allKeys` a part ships, in their order in the locale file. */
export function selectBundleKeys(name: BundleName, allKeys: readonly string[]): string[] {
  return allKeys.filter((key) => matchesAnyPattern(key, MESSAGE_BUNDLES[name].shows));
}
