import { MICROSOFT_DEFENDER_SOURCE, MICROSOFT_UNINSTALL_SOURCE, TECHZINE_ULTRAAV_UNINSTALL_SOURCE } from './help-sources';
import type { MessageKey } from './messages';
import { findMilestone, isPassed, type Milestone } from './milestone';
import { isUsRuleRegion, type RegionId } from './regions';
import type { Statement } from './statement';

export interface ChecklistStep extends Statement {
  /** Shown only where the US rules apply (UltraAV came only to U.S. customers). */
  readonly isUsOnly?: boolean;
}

export interface Checklist {
  readonly id: string;
  readonly title: MessageKey;
  readonly steps: readonly ChecklistStep[];
}

/** Neutral steps: replace before removing, never unprotected; no product named but the built-in one. */
export const CHECKLISTS: readonly Checklist[] = [
  {
    id: 'windows',
    title: 'todo_windows',
    steps: [
      { id: 'windows-replacement', text: 'step_windows_replacement', basedOn: [], extraSources: [MICROSOFT_DEFENDER_SOURCE] },
      { id: 'windows-remove', text: 'step_windows_remove', basedOn: [], extraSources: [MICROSOFT_UNINSTALL_SOURCE] },
      { id: 'windows-ultraav', text: 'step_windows_ultraav', basedOn: ['us-ultraav-switch'], extraSources: [TECHZINE_ULTRAAV_UNINSTALL_SOURCE], isUsOnly: true },
    ],
  },
  {
    id: 'macos',
    title: 'todo_macos',
    steps: [
      { id: 'macos-replacement', text: 'step_macos_replacement', basedOn: [] },
      { id: 'macos-ultraav', text: 'step_macos_ultraav', basedOn: ['us-ultraav-switch'], isUsOnly: true },
    ],
  },
  {
    id: 'android',
    title: 'todo_android',
    steps: [{ id: 'android-replacement', text: 'step_android_replacement', basedOn: ['us-google-play-removal'] }],
  },
  {
    id: 'business',
    title: 'todo_business',
    steps: [
      { id: 'business-inventory', text: 'step_business_inventory', basedOn: [] },
      { id: 'business-plan', text: 'step_business_plan', basedOn: ['de-bsi-warning'] },
      { id: 'business-contracts', text: 'step_business_contracts', basedOn: ['us-updates-end'], isUsOnly: true },
    ],
  },
];

/** Before Google removed the apps, the Android step cannot say so. */
const ANDROID_STEP_BEFORE_PLAY_REMOVAL: ChecklistStep = { id: 'android-replacement', text: 'step_android_replacement_before', basedOn: [] };

export function getChecklists(milestones: readonly Milestone[], region: RegionId, now: Date): Checklist[] {
  const isPlayRemovalPassed = isPassed(findMilestone(milestones, 'us-google-play-removal'), now);
  return CHECKLISTS.map((checklist) => ({
    ...checklist,
    steps: checklist.steps
      .filter((step) => !step.isUsOnly || isUsRuleRegion(region))
      .map((step) => (step.id === ANDROID_STEP_BEFORE_PLAY_REMOVAL.id && !isPlayRemovalPassed ? ANDROID_STEP_BEFORE_PLAY_REMOVAL : step)),
  }));
}
