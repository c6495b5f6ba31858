import type { Translate } from '../core/messages';
import type { Milestone } from '../core/milestone';
import { SourceList } from './source-list';

/** What a milestone was, how well it is confirmed, and its sources. */
export function MilestoneAbout({ milestone, translate, sourcesHeading }: { readonly milestone: Milestone; readonly translate: Translate; readonly sourcesHeading?: 'h4' }) {
  const SourcesHeading = sourcesHeading;
  return (
    <>
      <p>{translate(milestone.text.summary)}</p>
      <p class="note">{translate(milestone.confidence === 'primary' ? 'popup_confidence_primary' : 'popup_confidence_secondary')}</p>
      {SourcesHeading && <SourcesHeading class="sources-heading">{translate('popup_sources')}</SourcesHeading>}
      <SourceList sources={milestone.sources} translate={translate} />
    </>
  );
}
