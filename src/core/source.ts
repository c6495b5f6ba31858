import type { Language } from './language';
import type { MessageKey, Translate } from './messages';
import type { DescribedPage, Source } from './milestone';

// Every source is made here, so each has its archived copy in the same form (a data test checks it).

/** The Wayback Machine's newest copy of a page, so a source stays readable if the page moves. */
export function getArchiveUrl(url: `https://${string}`): `https://${string}` {
  return `https://web.archive.org/web/${url}`;
}

export function primarySource(publisher: string, title: Source['title'], url: `https://${string}`): Source {
  return { publisher, title, url, archiveUrl: getArchiveUrl(url), kind: 'primary' };
}

/** An official page whose wording was read (there, or in a word-for-word copy the fact base names). */
export function primarySourceRead(publisher: string, title: Source['title'], url: `https://${string}`): Source {
  return { ...primarySource(publisher, title, url), isTextRead: true };
}

/** A word-for-word copy of an official text on another site, read there. */
export function copySourceRead(publisher: string, title: Source['title'], url: `https://${string}`): Source {
  return { publisher, title, url, archiveUrl: getArchiveUrl(url), kind: 'copy', isTextRead: true };
}

export function secondarySource(publisher: string, title: Source['title'], url: `https://${string}`): Source {
  return { publisher, title, url, archiveUrl: getArchiveUrl(url), kind: 'secondary' };
}

/** A source of advice (a step, a warning); milestones' sources are never for one language only. */
export interface HelpSource extends Source {
  /**
   * The language of a page written for readers of one language (a vendor's Spanish help page):
   * shown only to readers of that language, before the others. Unset for pages every reader sees.
   */
  readonly language?: Language;
}

/** A page written for readers of one language (a vendor's help in Spanish): only they see it, first. */
export function forReadersOf(language: Language, source: Source): HelpSource {
  return { ...source, language };
}

/** A page named by our description of it, where its own title is not known (DescribedPage). */
export function describedAs(description: MessageKey): DescribedPage {
  return { description };
}

/** What a reader sees as a source's name: its own title, or our description in the reader's language. */
export function getSourceTitle(source: Pick<Source, 'title'>, translate: Translate): string {
  return typeof source.title === 'string' ? source.title : translate(source.title.description);
}
