import type { Translate } from '../core/messages';
import type { Source } from '../core/milestone';

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
            {translate('source_link_label', [source.title, getHost(source.url)])}
          </a>{' '}
          <span class="source-meta">
            ({translate(source.kind === 'primary' ? 'popup_source_primary' : 'popup_source_secondary', [source.publisher])};{' '}
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
