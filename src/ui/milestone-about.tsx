import type { MessageKey, Translate } from '../core/messages';
import type { Confidence, Milestone } from '../core/milestone';
import { SourceList } from './source-list';

const CONFIDENCE_KEYS: Readonly<Record<Confidence, MessageKey>> = {
  primary: 'popup_confidence_primary',
  'primary-text': 'popup_confidence_primary_text',
  secondary: 'popup_confidence_secondary',
  'single-report': 'popup_confidence_single_report',
};

/** What a milestone was, how well it is confirmed, and its sources. */
export function MilestoneAbout({ milestone, translate, sourcesHeading }: { readonly milestone: Milestone; readonly translate: Translate; readonly sourcesHeading?: 'h4' }) {
  const SourcesHeading = sourcesHeading;
  return (
    <>
      <p>{translate(milestone.text.summary)}</p>
      <p class="note">{translate(CONFIDENCE_KEYS[milestone.confidence])}</p>
      {SourcesHeading && <SourcesHeading class="sources-heading">{translate('popup_sources')}</SourcesHeading>}
      <SourceList sources={milestone.sources} translate={translate} />
    </>
  );
}
