import { describe, expect, it } from 'vitest';
import { sweepPaths } from '../helpers/built-site';

const paths = ['/', '/en/', '/en/get-help/', '/en/services/freeva/', '/gu/', '/gu/get-help/', '/gu/get-help/police/', '/gu/get-help/men/', '/gu/services/freeva/', '/gu/services/childline/', '/gu/404/'];

describe('browser sweep', () => {
  it('visits every page of the full locales and one page per template of the rest', () => {
    expect(sweepPaths(paths, { full: ['en'] }, false)).toEqual(['/', '/en/', '/en/get-help/', '/en/services/freeva/', '/gu/', '/gu/get-help/', '/gu/get-help/police/', '/gu/services/freeva/', '/gu/404/']);
  });

  it('visits every content page of a content locale and one page of each generated listing', () => {
    expect(sweepPaths(paths, { full: ['en'], content: ['gu'] }, false)).toEqual(['/', '/en/', '/en/get-help/', '/en/services/freeva/', '/gu/', '/gu/get-help/', '/gu/get-help/police/', '/gu/get-help/men/', '/gu/services/freeva/', '/gu/404/']);
  });

  it('visits every page of every locale for a release', () => {
    expect(sweepPaths(paths, { full: ['en'] }, true)).toEqual(paths);
  });
});
