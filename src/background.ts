import { BACKGROUND_DATA } from 'virtual:background-data';
import { registerBackground } from './background/register-background';

// The worker, wired to the facts of the data it ships.
registerBackground(BACKGROUND_DATA);
