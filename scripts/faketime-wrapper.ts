import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The wall time of `instant` in `timeZone`, as libfaketime's absolute start time wants it. */
export function toFaketimeStart(instant: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return `@${parts['year']}-${parts['month']}-${parts['day']} ${parts['hour']}:${parts['minute']}:${parts['second']}`;
}

/**
 * Writes a script that starts `executable` with its clock beginning at `instant` (then running
 * on), for use as Playwright's `executablePath`. libfaketime reads the start as wall time in the
 * process's TZ, so the same `timeZone` must be passed to the browser as TZ.
 */
export async function writeFaketimeWrapper(directory: string, executable: string, instant: string, timeZone: string): Promise<string> {
  const wrapper = join(directory, 'browser-at-instant.sh');
  await writeFile(wrapper, `#!/bin/sh\nexec faketime -f '${toFaketimeStart(instant, timeZone)}' '${executable}' "$@"\n`);
  await chmod(wrapper, 0o755);
  return wrapper;
}
