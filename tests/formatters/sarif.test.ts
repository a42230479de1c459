import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { formatSarif, toSarifLog } from '../../linter/formatters/sarif.ts';
import { sampleResults, sampleRules } from './sample-results.ts';

const schema = JSON.parse(
  readFileSync(new URL('../vendor/sarif/sarif-2.1.0.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

const options = { version: '0.1.0', rules: sampleRules, pathPrefix: 'handbook' };

describe('formatSarif', () => {
  it('produces a log that the official SARIF 2.1.0 schema accepts', () => {
    const log: unknown = JSON.parse(formatSarif(sampleResults, options));
    expect(validateSarif(log), ajv.errorsText(validateSarif.errors)).toBe(true);
    const empty: unknown = JSON.parse(formatSarif([], { version: '0.1.0', rules: [] }));
    expect(validateSarif(empty), ajv.errorsText(validateSarif.errors)).toBe(true);
  });

  it('is checked by a validator that rejects a broken log', () => {
    const log = toSarifLog(sampleResults, options);
    const broken = JSON.parse(JSON.stringify(log)) as { runs: { results: { level: string }[] }[] };
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(validateSarif(broken)).toBe(false);
  });

  it('lists one rule entry per rule id, sorted, and indexes results into it', () => {
    const run = toSarifLog(sampleResults, options).runs[0]!;
    expect(run.tool.driver).toMatchObject({ name: 'handbook', version: '0.1.0' });
    const ids = run.tool.driver.rules.map((rule) => rule.id);
    // stale-review has no metadata in the options but occurs in results: it still gets an entry.
    expect(ids).toEqual([
      'brief-depends-on',
      'brief-pillar',
      'brief-why',
      'pillar-orphan',
      'stale-review',
      'unique-id',
    ]);
    expect(run.tool.driver.rules[3]).toEqual({
      id: 'pillar-orphan',
      shortDescription: { text: 'Active pillars have initiatives' },
      helpUri: 'https://handbook.example.com/reference/rules/pillar-orphan/',
      defaultConfiguration: { level: 'warning' },
    });
    for (const result of run.results) expect(ids[result.ruleIndex]).toBe(result.ruleId);
  });

  it('writes results in order with relative POSIX uris, regions, hints and related locations', () => {
    const run = toSarifLog(sampleResults, options).runs[0]!;
    expect(run.results.map((r) => `${r.ruleId} ${r.level}`)).toEqual([
      'brief-depends-on error',
      'brief-pillar error',
      'stale-review warning',
      'brief-why error',
      'pillar-orphan warning',
    ]);
    const pillar = run.results[1]!;
    expect(pillar.locations[0]!.physicalLocation).toEqual({
      artifactLocation: {
        uri: 'handbook/content/initiatives/checkout%20v2.mdx',
        uriBaseId: '%SRCROOT%',
      },
      region: { startLine: 5, startColumn: 9, endLine: 5, endColumn: 15 },
    });
    expect(pillar.relatedLocations).toEqual([
      {
        id: 0,
        physicalLocation: {
          artifactLocation: { uri: 'handbook/content/pillars/growth.mdx', uriBaseId: '%SRCROOT%' },
          region: { startLine: 2, startColumn: 8, endLine: 2, endColumn: 14 },
        },
        message: { text: 'pillar `growth` is defined here' },
      },
    ]);
    expect(run.results[3]!.message.text).toBe(
      'Unexpected placeholder `TBD` in the Why section, expected prose\nSay why this matters now: the customer problem, the evidence, the cost of waiting.',
    );
    expect(run.results[0]!.locations[0]!.physicalLocation.region).toEqual({
      startLine: 5,
      startColumn: 9,
    });
  });
});
