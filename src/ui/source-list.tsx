import type { Translate } from '../core/messages';
import type { MessageKey } from '../core/messages';
import type { Source } from '../core/milestone';
import { getSourceTitle } from '../core/source';

/** Official and read, official but not read, a copy of an official text, or a report. */
function getSourceLabel(source: Source): MessageKey {
  if (source.kind === 'copy') return 'popup_source_copy';
  if (source.kind === 'primary') return source.isTextRead === true ? 'popup_source_primary' : 'popup_source_primary_unread';
  return 'popup_source_secondary';
}

export function getHost(url: string): string {
  return new URL(url).host;
}

/** Each source: its title and site as link text, who published it, official or press, and an archived copy. */
export function SourceList({ sources, translate }: { readonly sources: readonly Source[]; readonly translate: Translate }) {
  return (
    <ul class="sources">
      {sources.map((source) => (
        <li key={source.url}>
          <a href={source.url} target="_blank" rel="noreferrer">
            {translate('source_link_label', [getSourceTitle(source, translate), getHost(source.url)])}
          </a>{' '}
          <span class="source-meta">
            ({translate(getSourceLabel(source), [source.publisher])};{' '}
            <a href={source.archiveUrl} target="_blank" rel="noreferrer">
              {translate('popup_source_archive')}
            </a>
            )
          </span>
        </li>
      ))}
    </ul>
  );
}
