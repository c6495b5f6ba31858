import { CHECKLIST_FACTS } from 'virtual:checklist-facts';
import { MILESTONE_FACT_RECORDS } from 'virtual:milestone-facts';
import { registerBackground } from './background/register-background';
import { parseMilestone } from './core/milestone';

// The worker, wired to the facts of the data it ships (scripts/bundled-data-plugin.ts).
registerBackground({ milestones: MILESTONE_FACT_RECORDS.map(parseMilestone), checklistGroups: CHECKLIST_FACTS });
