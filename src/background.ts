import { registerBackground } from './background/register-background';
import { MILESTONES } from './core/milestones';

// The worker, wired to the data it ships.
registerBackground(MILESTONES);
