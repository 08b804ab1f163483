import { describe, expect, it } from 'vitest';
import { moreLabel, RESULTS_SHOWN, resultsStatus } from '../../src/lib/search/results-view';

describe('search results status and paging', () => {
  it('says how many results there are and how many are listed', () => {
    expect(resultsStatus('cto', 0)).toMatch(/^No results for “cto”/);
    expect(resultsStatus('cto', 1)).toBe('1 result for “cto”');
    expect(resultsStatus('cto', RESULTS_SHOWN)).toBe(`${RESULTS_SHOWN} results for “cto”`);
    expect(resultsStatus('cto', 30)).toBe(`30 results for “cto”, showing the first ${RESULTS_SHOWN}`);
    expect(resultsStatus('cto', 30, 24)).toBe('30 results for “cto”, showing the first 24');
    expect(resultsStatus('cto', 30, 30)).toBe('30 results for “cto”');
  });

  it('offers the next results until all are listed', () => {
    expect(moreLabel(30, RESULTS_SHOWN)).toBe(`Show ${RESULTS_SHOWN} more of ${30 - RESULTS_SHOWN}`);
    expect(moreLabel(30, 24)).toBe('Show the last 6 results');
    expect(moreLabel(25, 24)).toBe('Show the last result');
    expect(moreLabel(30, 30)).toBeUndefined();
    expect(moreLabel(5, 5)).toBeUndefined();
  });
});
