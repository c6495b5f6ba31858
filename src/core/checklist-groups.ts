import {
  ANDROID_APPS_SOURCE,
  APPLE_IPAD_DELETE_APPS_SOURCE,
  APPLE_IPHONE_DELETE_APPS_SOURCE,
  APPLE_SCREEN_TIME_SOURCE,
  APPLE_SCREEN_TIME_SOURCE_ES,
  APPLE_SCREEN_TIME_SOURCE_ID,
  APPLE_UNINSTALL_SOURCE,
  APPLE_XPROTECT_SOURCE,
  AV_COMPARATIVES_SOURCE,
  AV_TEST_SOURCE,
  FTC_TECH_SUPPORT_SCAMS_SOURCE,
  FTC_TECH_SUPPORT_SCAMS_SOURCE_ES,
  GOOGLE_FAMILY_LINK_SOURCE,
  GOOGLE_FAMILY_LINK_SOURCE_ES,
  GOOGLE_PLAY_PROTECT_SOURCE,
  GOOGLE_PLAY_PROTECT_SOURCE_ES,
  KASPERSKY_PASSWORD_MANAGER_HELP_SOURCE,
  KASPERSKY_PASSWORD_MANAGER_HELP_SOURCE_ES,
  MICROSOFT_DEFENDER_SOURCE,
  MICROSOFT_FAMILY_SAFETY_SOURCE,
  MICROSOFT_UNINSTALL_SOURCE,
  TECHZINE_ULTRAAV_UNINSTALL_SOURCE,
  WINDOWS_SECURITY_SOURCE,
} from './help-sources';
import type { ChecklistGroup } from './checklists';
import type { Statement } from './statement';

/**
 * What to do, on this device: the checklist's groups and steps with their texts and sources. The
 * rules that pick them for a region and a moment are in checklists.ts.
 */

const WINDOWS: ChecklistGroup = {
  id: 'windows',
  title: 'group_windows',
  kind: 'system',
  steps: [
    { id: 'windows-remove-kaspersky', text: 'step_windows_remove_kaspersky', basedOn: [], extraSources: [MICROSOFT_UNINSTALL_SOURCE], unconfirmedLabelsIn: ['es', 'id'] },
    { id: 'windows-protection-on', text: 'step_windows_protection_on', basedOn: [], extraSources: [WINDOWS_SECURITY_SOURCE, MICROSOFT_DEFENDER_SOURCE], unconfirmedLabelsIn: ['es', 'id'] },
  ],
};

const MAC: ChecklistGroup = {
  id: 'mac',
  title: 'group_mac',
  kind: 'system',
  steps: [
    { id: 'mac-remove-kaspersky', text: 'step_mac_remove_kaspersky', basedOn: [], extraSources: [APPLE_UNINSTALL_SOURCE], unconfirmedLabelsIn: ['es', 'id'] },
    { id: 'mac-protection', text: 'step_mac_protection', basedOn: [], extraSources: [APPLE_XPROTECT_SOURCE] },
  ],
};

const ANDROID: ChecklistGroup = {
  id: 'android',
  title: 'group_android',
  kind: 'system',
  steps: [
    { id: 'android-remove-kaspersky', text: 'step_android_remove_kaspersky', basedOn: [], extraSources: [ANDROID_APPS_SOURCE], unconfirmedLabelsIn: ['es', 'id'] },
    {
      id: 'android-play-protect',
      text: 'step_android_play_protect',
      basedOn: [],
      extraSources: [GOOGLE_PLAY_PROTECT_SOURCE, GOOGLE_PLAY_PROTECT_SOURCE_ES],
      // The Spanish page was read only where it says what Play Protect does, not its menu path.
      unconfirmedLabelsIn: ['es', 'id'],
    },
  ],
};

const IPHONE: ChecklistGroup = {
  id: 'iphone',
  title: 'group_iphone',
  kind: 'system',
  steps: [
    { id: 'iphone-remove-kaspersky', text: 'step_iphone_remove_kaspersky', basedOn: [], extraSources: [APPLE_IPHONE_DELETE_APPS_SOURCE, APPLE_IPAD_DELETE_APPS_SOURCE], unconfirmedLabelsIn: ['es', 'id'] },
  ],
};

/** Kaspersky's other products, for readers under the US rules (the ban covers them all). */
const PASSWORD_MANAGER: ChecklistGroup = {
  id: 'password-manager',
  isUsRulesOnly: true,
  title: 'group_password_manager',
  kind: 'product',
  steps: [{ id: 'password-manager-export', text: 'step_password_manager_export', basedOn: [], extraSources: [KASPERSKY_PASSWORD_MANAGER_HELP_SOURCE, KASPERSKY_PASSWORD_MANAGER_HELP_SOURCE_ES] }],
};

const VPN_AND_SAFE_KIDS: ChecklistGroup = {
  id: 'vpn-safe-kids',
  isUsRulesOnly: true,
  title: 'group_vpn_safe_kids',
  kind: 'product',
  steps: [
    // UltraVPN came with the switch to UltraAV.
    { id: 'vpn-replace', text: 'step_vpn_replace', basedOn: ['us-ultraav-switch'], shownFrom: 'us-ultraav-switch' },
    {
      id: 'safe-kids-replace',
      text: 'step_safe_kids_replace',
      basedOn: [],
      extraSources: [GOOGLE_FAMILY_LINK_SOURCE, APPLE_SCREEN_TIME_SOURCE, MICROSOFT_FAMILY_SAFETY_SOURCE, APPLE_SCREEN_TIME_SOURCE_ES, GOOGLE_FAMILY_LINK_SOURCE_ES, APPLE_SCREEN_TIME_SOURCE_ID],
    },
  ],
};

/** Only where the US rules apply, and only once Kaspersky's switch to UltraAV had begun. */
const ULTRAAV: ChecklistGroup = {
  id: 'ultraav',
  isUsRulesOnly: true,
  shownFrom: 'us-ultraav-switch',
  title: 'group_ultraav',
  kind: 'product',
  steps: [
    { id: 'ultraav-keep-or-remove', text: 'step_ultraav_keep_or_remove', basedOn: ['us-ultraav-switch'], extraSources: [TECHZINE_ULTRAAV_UNINSTALL_SOURCE] },
    { id: 'ultraav-renewal', text: 'step_ultraav_renewal', basedOn: ['us-ultraav-switch'] },
  ],
  note: 'group_ultraav_refunds_note',
};

const BUSINESS: ChecklistGroup = {
  id: 'business',
  title: 'group_business',
  kind: 'business',
  steps: [
    { id: 'business-inventory', text: 'step_business_inventory', basedOn: [] },
    { id: 'business-plan', text: 'step_business_plan', basedOn: ['de-bsi-warning'] },
    { id: 'business-contracts', text: 'step_business_contracts', basedOn: ['us-updates-end'], isUsRulesOnly: true },
  ],
};


/** Neutral: where to compare other protection, with no brand recommended and no affiliate link. */
export const COMPARE_PROTECTION: Statement = { id: 'compare-protection', text: 'checklist_compare_protection', basedOn: [], extraSources: [AV_TEST_SOURCE, AV_COMPARATIVES_SOURCE] };

/** People switching are what tech-support scammers look for. */
export const SCAM_WARNING: Statement = { id: 'scam-warning', text: 'checklist_scam_warning', basedOn: [], extraSources: [FTC_TECH_SUPPORT_SCAMS_SOURCE, FTC_TECH_SUPPORT_SCAMS_SOURCE_ES] };

/**
 * Every group any region can show, in the order they are shown. Germany's BSI warns against
 * Kaspersky anti-virus only: there, the anti-virus steps on every system and for small business.
 * Also what is stored is parsed against: an id not here is not ours.
 */
export const CHECKLIST_GROUPS: readonly ChecklistGroup[] = [WINDOWS, MAC, ANDROID, IPHONE, ULTRAAV, PASSWORD_MANAGER, VPN_AND_SAFE_KIDS, BUSINESS];
