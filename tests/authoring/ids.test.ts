import { describe, expect, it } from 'vitest';
import { nextQuarter, quarterOf } from '../../linter/core/dates.ts';
import { deriveId, isValidId, MAX_ID_LENGTH } from '../../linter/scaffold/ids.ts';

describe('deriveId', () => {
  it.each([
    ['Cut checkout latency in half', 'cut-checkout-latency-in-half'],
    ['  Cut   checkout -- latency!  ', 'cut-checkout-latency'],
    ['Café & Crème: faster checkout', 'cafe-and-creme-faster-checkout'],
    ["Don't break QuickBooks (v2)", 'dont-break-quickbooks-v2'],
    ['Straße über Köln', 'strasse-uber-koln'],
    ['2027 Q1: SSO for Okta', '2027-q1-sso-for-okta'],
  ])('%s → %s', (title, id) => {
    expect(deriveId(title)).toBe(id);
    expect(isValidId(id)).toBe(true);
  });

  it('cuts long titles at a word boundary, at most 60 characters', () => {
    const id = deriveId(
      'Replace the legacy message broker with a managed queue service across every region we run in',
    );
    expect(id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    expect(id).toBe('replace-the-legacy-message-broker-with-a-managed-queue');
    expect(isValidId(id)).toBe(true);
  });

  it('cuts a single long word hard', () => {
    expect(deriveId('a'.repeat(80))).toBe('a'.repeat(60));
  });

  it('returns an empty string when nothing ASCII is left', () => {
    expect(deriveId('日本語')).toBe('');
    expect(deriveId('!!!')).toBe('');
  });
});

describe('quarters', () => {
  it('plans for the quarter after today', () => {
    expect(quarterOf(new Date('2026-11-24T00:00:00Z'))).toBe('2026-Q4');
    expect(nextQuarter(new Date('2026-11-24T00:00:00Z'))).toBe('2027-Q1');
    expect(nextQuarter(new Date('2026-03-31T23:00:00Z'))).toBe('2026-Q2');
    expect(nextQuarter(new Date('2026-07-01T00:00:00Z'))).toBe('2026-Q4');
  });
});
