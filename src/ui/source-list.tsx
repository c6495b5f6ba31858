import type { Translate } from '../core/messages';
import type { Source } from '../core/milestone';

export function SourceList({ sources, translate }: { readonly sources: readonly Source[]; readonly translate: Translate }) {
  return (
    <ul class="sources">
      {sources.map((source) => (
        <li key={source.url}>
          <a href={source.url} target="_blank" rel="noreferrer">
            {source.title}
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
