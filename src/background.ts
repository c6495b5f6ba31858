import { registerBackground } from './background/register-background';
import { CHECKLIST_GROUPS } from './core/checklist-groups';
import { MILESTONES } from './core/milestones';

// The worker, wired to the data it ships.
registerBackground({ milestones: MILESTONES, checklistGroups: CHECKLIST_GROUPS });
