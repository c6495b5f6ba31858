import { existsSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import schema from '../../docs/milestones.schema.json';
import { buildOpenData, formatOpenData, OPEN_DATA_PATH } from '../../scripts/write-open-data';

describe('the built open data (dist/data/milestones.json)', () => {
  test('exists after the build', () => {
    expect(existsSync(OPEN_DATA_PATH)).toBe(true);
  });

  test('validates against docs/milestones.schema.json', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(JSON.parse(readFileSync(OPEN_DATA_PATH, 'utf8'))), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  test('is exactly the bundled data, byte for byte', () => {
    const written = readFileSync(OPEN_DATA_PATH, 'utf8');
    expect(JSON.parse(written)).toEqual(buildOpenData());
    expect(written).toBe(formatOpenData(buildOpenData()));
  });
});
