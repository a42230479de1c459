/**
 * SARIF 2.1.0 for code-scanning tools: one run, one rule entry per rule id, results with
 * relative POSIX uris against `%SRCROOT%`, and related locations from a message's `related`.
 */
import { resultsOf } from './input.ts';
import type { ReportInput } from './input.ts';
import type { FileResult, LintMessage, Place, Rule } from '../engine/types.ts';
import { printableJson } from './printable.ts';
import { productRuleDocsUrl } from '../config/urls.ts';
import { compareText, displayPath, sortResults } from './summary.ts';

/** The rule metadata SARIF needs; `rules` from `linter/rules/index.ts` fits. */
export type SarifRule = Pick<Rule, 'id' | 'description' | 'url' | 'defaultSeverity'>;

export interface SarifOptions {
  /** The tool version, from package.json. */
  version: string;
  /** Every rule of the linter, for `tool.driver.rules`. */
  rules: readonly SarifRule[];
  /** The tool's home page. */
  informationUri?: string | undefined;
  /** Prefix of file paths relative to `%SRCROOT%` (the root relative to the cwd). */
  pathPrefix?: string | undefined;
}

export const sarifSchemaUri = 'https://json.schemastore.org/sarif-2.1.0.json';
const defaultInformationUri = productRuleDocsUrl;

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
}

interface SarifPhysicalLocation {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId: '%SRCROOT%' };
    region: SarifRegion;
  };
}

/** The SARIF log as a value (what `formatSarif` serialises). */
export function toSarifLog(input: ReportInput, options: SarifOptions) {
  const results = resultsOf(input);
  const sorted = sortResults(results);
  const ruleEntries = driverRules(sorted, options.rules);
  const indexOf = new Map(ruleEntries.map((rule, index) => [rule.id, index]));
  const location = (file: string, region: SarifRegion): SarifPhysicalLocation => ({
    physicalLocation: {
      artifactLocation: {
        uri: toUri(displayPath(options.pathPrefix, file)),
        uriBaseId: '%SRCROOT%',
      },
      region,
    },
  });
  return {
    $schema: sarifSchemaUri,
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: 'handbook',
            version: options.version,
            informationUri: options.informationUri ?? defaultInformationUri,
            rules: ruleEntries,
          },
        },
        columnKind: 'utf16CodeUnits' as const,
        results: sorted.flatMap((result) =>
          result.messages.map((message) => ({
            ruleId: message.ruleId,
            ruleIndex: indexOf.get(message.ruleId) ?? 0,
            level: message.severity,
            message: { text: messageText(message) },
            locations: [location(result.file, messageRegion(message))],
            ...(message.related === undefined || message.related.length === 0
              ? {}
              : {
                  relatedLocations: message.related.map((related, id) => ({
                    id,
                    ...location(related.file, placeRegion(related.place)),
                    message: { text: related.message },
                  })),
                }),
          })),
        ),
      },
    ],
  };
}

/** Formats lint results as a SARIF 2.1.0 log (C1 and bidi controls as `\u` escapes: `printable.ts`). */
export function formatSarif(results: ReportInput, options: SarifOptions): string {
  return `${printableJson(JSON.stringify(toSarifLog(results, options), null, 2))}\n`;
}

/** One entry per rule id, by id; ids that only occur in results get a minimal entry. */
function driverRules(results: readonly FileResult[], rules: readonly SarifRule[]) {
  const byId = new Map<string, SarifRule>(rules.map((rule) => [rule.id, rule]));
  const urls = new Map<string, string>();
  for (const result of results) {
    for (const message of result.messages)
      if (!byId.has(message.ruleId)) urls.set(message.ruleId, message.url);
  }
  const ids = [...new Set([...byId.keys(), ...urls.keys()])].sort(compareText);
  return ids.map((id) => {
    const rule = byId.get(id);
    const helpUri = rule?.url ?? urls.get(id) ?? '';
    return {
      id,
      shortDescription: { text: rule?.description ?? id },
      ...(helpUri === '' ? {} : { helpUri }),
      defaultConfiguration: { level: rule?.defaultSeverity ?? 'error' },
    };
  });
}

function messageText(message: LintMessage): string {
  return message.hint === undefined || message.hint === ''
    ? message.message
    : `${message.message}\n${message.hint}`;
}

function messageRegion(message: LintMessage): SarifRegion {
  return {
    startLine: Math.max(1, message.line),
    startColumn: Math.max(1, message.column),
    ...(message.endLine === undefined ? {} : { endLine: message.endLine }),
    ...(message.endColumn === undefined ? {} : { endColumn: message.endColumn }),
  };
}

function placeRegion(place: Place): SarifRegion {
  return {
    startLine: Math.max(1, place.start.line),
    startColumn: Math.max(1, place.start.column),
    ...(place.end === undefined ? {} : { endLine: place.end.line, endColumn: place.end.column }),
  };
}

/** A relative POSIX path as a uri-reference: each segment percent-encoded. */
function toUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
