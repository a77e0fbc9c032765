import { describe, expect, it } from 'vitest';
import { pathGroups, sweepPaths } from '../helpers/built-site';

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

  it('groups paths by language into even groups, each named by its language and first and last path', () => {
    const english = Array.from({ length: 13 }, (_, index) => `/en/page-${String(index).padStart(2, '0')}/`);
    const groups = pathGroups(['/404.html', ...english, '/zh-hans/'], 12);
    expect(groups.map((group) => group.name)).toEqual(['site: /404.html', 'en 1 of 2: /en/page-00/ to /en/page-06/', 'en 2 of 2: /en/page-07/ to /en/page-12/', 'zh-hans: /zh-hans/']);
    expect(groups.flatMap((group) => group.paths)).toEqual(['/404.html', ...english, '/zh-hans/']);
  });
});
