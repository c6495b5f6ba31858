import { describe, expect, test } from 'vitest';
import { findKasperskyExtensions, KNOWN_KASPERSKY_EXTENSION_IDS, type InstalledExtension } from '../../src/core/browser-check';

const OWN_ID = 'gagkddgemihflblmpbcioikbdkkligik';
const extension = (id: string, name: string, isEnabled = true, shortName?: string): InstalledExtension => ({ id, name, isEnabled, ...(shortName ? { shortName } : {}) });

describe('findKasperskyExtensions', () => {
  test('the ids the fact base lists are the known ones', () => {
    expect(KNOWN_KASPERSKY_EXTENSION_IDS).toEqual(['amkpcclbbgegoafihnpgomddadjhcadd', 'ahkjpbeeocnddjkakilopmfdlnjdpcdm']);
  });

  test('a known id matches whatever its name says (names are often __MSG_ placeholders elsewhere)', () => {
    expect(findKasperskyExtensions([extension('amkpcclbbgegoafihnpgomddadjhcadd', 'Protection')], OWN_ID)).toEqual([
      { extension: extension('amkpcclbbgegoafihnpgomddadjhcadd', 'Protection'), matchedBy: 'id' },
    ]);
  });

  test('"Kaspersky" in the name or short name matches, in any case; other extensions do not', () => {
    const installed = [
      extension('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'uBlock Origin'),
      extension('bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'KASPERSKY Password Manager', false),
      extension('cccccccccccccccccccccccccccccccc', 'Safe Money', true, 'Kaspersky SM'),
      extension('dddddddddddddddddddddddddddddddd', 'Kasper the ghost'),
    ];
    expect(findKasperskyExtensions(installed, OWN_ID).map((match) => [match.extension.name, match.matchedBy, match.extension.isEnabled])).toEqual([
      ['KASPERSKY Password Manager', 'name', false],
      ['Safe Money', 'name', true],
    ]);
  });

  test('never this extension itself, though its name says Kaspersky', () => {
    expect(findKasperskyExtensions([extension(OWN_ID, 'Kaspersky Ban Status (unofficial, not by Kaspersky)')], OWN_ID)).toEqual([]);
  });

  test('matches by id come first', () => {
    const installed = [extension('eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee', 'A Kaspersky tool'), extension('ahkjpbeeocnddjkakilopmfdlnjdpcdm', 'Z')];
    expect(findKasperskyExtensions(installed, OWN_ID).map((match) => match.matchedBy)).toEqual(['id', 'name']);
  });
});
