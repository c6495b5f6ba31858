/** What one launch of one contestant measures, and what one run measures once. */
import type { ContestantName } from './evaluate-goal.ts';

/** One frame at 60 Hz: a headline painted this soon after the first contentful paint was in it. */
export const ONE_FRAME_MS = 17;

export function isHeadlineInFirstPaint(firstContentfulPaintMs: number, headlineMs: number): boolean {
  return headlineMs <= firstContentfulPaintMs + ONE_FRAME_MS;
}

/** Paint times of one popup open, in ms from the start of its navigation. */
export interface PopupOpen {
  readonly firstContentfulPaintMs: number;
  /** When the element with elementtiming="headline" was first painted (Element Timing renderTime). */
  readonly headlineMs: number;
  readonly isHeadlineInFirstPaint: boolean;
}

/** Script files, as paths inside the contestant's directory, with their gzip -9 sizes. */
export interface ScriptFiles {
  readonly files: readonly { readonly path: string; readonly gzipBytes: number }[];
  readonly gzipBytes: number;
}

/** The first open of the popup in a fresh profile, measured once the page is idle. */
export interface FirstPopupOpen extends PopupOpen {
  /** Main-thread task time (CDP TaskDuration minus DevToolsCommandDuration). */
  readonly mainThreadMs: number;
  /** Script execution time (CDP ScriptDuration). */
  readonly scriptMs: number;
  /** V8 heap in use after a full garbage collection (CDP Runtime.getHeapUsage usedSize). */
  readonly heapBytes: number;
  /** The scripts the page requested (module scripts and dynamic imports). */
  readonly scripts: ScriptFiles;
}

export interface LaunchMeasurement {
  readonly contestant: ContestantName;
  readonly round: number;
  readonly coldStartToBadgeMs: number;
  readonly alarms: number;
  readonly periodicAlarms: number;
  readonly firstOpen: FirstPopupOpen;
  /** The popup closed and opened again in the same browser, in order. */
  readonly repeatOpens: readonly PopupOpen[];
}

/** What does not change from launch to launch: measured once per run, for ours only. */
export interface PackageInventory {
  /** The scripts the options page requested when opened. */
  readonly optionsPage: ScriptFiles;
  /** The scripts the service worker parsed (CDP Debugger.scriptParsed on the worker). */
  readonly background: ScriptFiles;
  /** Every .js file in the package. */
  readonly package: ScriptFiles;
}

/** A launch that threw, and whether its retry measured it. */
export interface LaunchFailure {
  readonly what: string;
  readonly attempt: number;
  readonly error: string;
}
