import { describe, expect, it } from 'vitest';
import {
  agreement,
  agreementLevel,
  contentWords,
  jaccard,
  stem,
} from '../../linter/core/vision-agreement.ts';

describe('contentWords', () => {
  it('lowercases, drops stopwords and stems', () => {
    expect([...contentWords('The customers are planning their jobs')].sort()).toEqual([
      'customer',
      'job',
      'plan',
    ]);
  });

  it('folds plural and verb forms together', () => {
    expect(stem('companies')).toBe('company');
    expect(stem('scheduling')).toBe('schedul');
    expect(stem('scheduled')).toBe('schedul');
    expect(stem('shipped')).toBe('ship');
    expect(stem('business')).toBe('business');
    expect(stem('status')).toBe('status');
  });

  it('returns an empty set for stopwords only', () => {
    expect(contentWords('We are the ones who will').size).toBe(0);
  });
});

describe('jaccard', () => {
  it('is shared over union', () => {
    expect(jaccard(new Set(['a', 'b', 'c']), new Set(['b', 'c', 'd']))).toBe(0.5);
  });

  it('is 1 for equal sets and 0 for disjoint or both empty', () => {
    expect(jaccard(new Set(['a']), new Set(['a']))).toBe(1);
    expect(jaccard(new Set(['a']), new Set(['b']))).toBe(0);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });
});

describe('agreementLevel', () => {
  it('labels the thresholds inclusively (ties go up)', () => {
    expect(agreementLevel(0.3)).toBe('High');
    expect(agreementLevel(0.299)).toBe('High'); // shown as 30 %
    expect(agreementLevel(0.294)).toBe('Medium');
    expect(agreementLevel(0.15)).toBe('Medium');
    expect(agreementLevel(0.14)).toBe('Low');
    expect(agreementLevel(0)).toBe('Low');
  });
});

describe('agreement', () => {
  it('is the mean pairwise overlap', () => {
    const result = agreement([
      'small trade businesses',
      'small trade businesses',
      'enterprise fleets',
    ]);
    // pairs: 1, 0, 0
    expect(result.pairs).toBe(3);
    expect(result.score).toBeCloseTo(1 / 3);
    expect(result.level).toBe('High');
  });

  it('ignores words of the question itself', () => {
    const plain = agreement(['our ideal customer is small', 'our ideal customer is large']);
    const withQuestion = agreement(
      ['our ideal customer is small', 'our ideal customer is large'],
      'Who is our ideal customer?',
    );
    expect(plain.score).toBeCloseTo(2 / 4);
    expect(withQuestion.score).toBe(0);
  });

  it('is High for identical answers', () => {
    expect(agreement(['Owner-operated plumbers', 'owner operated plumbers!']).level).toBe('High');
  });

  it('needs two answers', () => {
    expect(agreement([])).toEqual({ score: null, level: null, answers: 0, pairs: 0 });
    expect(agreement(['one answer']).score).toBeNull();
  });

  it('scores answers without content words as no agreement', () => {
    expect(agreement(['We are', 'the ones']).score).toBe(0);
  });
});
