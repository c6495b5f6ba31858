import type { DisplayContext } from '../core/format-milestone-date';
import { getUsMeaning, getWorldwideMeaning, WHY_NOT_US_RULES } from '../core/meaning';
import type { Statement } from '../core/statement';
import type { Translate } from '../core/messages';
import { isUsRuleRegion, REGION_NAME_KEYS, type RegionId } from '../core/regions';
import { getRegionMilestones, isPassed, type Milestone } from '../core/milestone';
import { StatementList } from './statement-list';

interface MeaningSectionProps {
  readonly region: RegionId;
  readonly milestones: readonly Milestone[];
  readonly now: Date;
  readonly translate: Translate;
  readonly display: DisplayContext;
}

/** The region's own measures in force, each told by what it means, with its milestone's sources. */
function getLocalMeasures(milestones: readonly Milestone[], region: RegionId, now: Date): Statement[] {
  return getRegionMilestones(milestones, region).flatMap((milestone) =>
    milestone.stateText && isPassed(milestone, now) ? [{ id: milestone.id, text: milestone.stateText.meaning, basedOn: [milestone.id] }] : [],
  );
}

export function MeaningSection({ region, milestones, now, translate, display }: MeaningSectionProps) {
  const isUs = isUsRuleRegion(region);
  const local = isUs ? [] : getLocalMeasures(milestones, region, now);
  const statements = [...(isUs ? getUsMeaning(milestones, now) : [WHY_NOT_US_RULES]), ...getWorldwideMeaning(milestones, now)];
  return (
    <>
      {local.length > 0 && (
        <>
          <h3>{translate('meaning_local_heading', [translate(REGION_NAME_KEYS[region])])}</h3>
          <StatementList statements={local} milestones={milestones} translate={translate} display={display} />
        </>
      )}
      {statements.length > 0 && (
        <StatementList statements={statements} id="meaning-statements" milestones={milestones} translate={translate} display={display} />
      )}
    </>
  );
}
