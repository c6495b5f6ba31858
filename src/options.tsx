import { startOptions } from './ui/start-options';

void startOptions();
