import { describe, expect, it } from 'vitest';
import { htmlProblems } from '../../src/lib/html-safety';

const page = (body: string, head = '') => `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;

describe('built page safety check', () => {
  it('accepts a page of the kind the site builds', () => {
    const html = page(
      '<a href="/en/get-help/">Help</a> <a href="tel:+448088020028" dir="ltr">0808 802 0028</a> <a href="https://www.gov.uk/" rel="noreferrer">GOV.UK</a> <a href="mailto:help@example.org">Email</a><script type="module" src="/_astro/search.js"></script>',
      '<script src="/_astro/early.1.js"></script><link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="https://site.example/en/">',
    );
    expect(htmlProblems(html)).toEqual([]);
  });

  it.each([
    ['an inline script', page('<script>alert(1)</script>'), /inline scripts are not allowed/],
    ['a script from another site', page('<script src="https://cdn.example/x.js"></script>'), /loads "https:\/\/cdn\.example\/x\.js" from outside the site/],
    ['a protocol-relative script', page('<script src="//cdn.example/x.js"></script>'), /from outside the site/],
    ['an event handler', page('<img src="/x.svg" onerror="alert(1)">'), /<img onerror>: event handler/],
    ['a javascript: link', page('<a href="javascript:alert(1)">x</a>'), /javascript: addresses are not allowed/],
    ['a data: link', page('<a href="data:text/html,x">x</a>'), /data: addresses are not allowed/],
    ['an http link', page('<a href="http://example.org/">x</a>'), /http: addresses are not allowed/],
    ['a third-party image', page('<img src="https://tracker.example/p.gif">'), /from outside the site/],
    ['an iframe', page('<iframe src="/en/"></iframe>'), /<iframe> is not allowed/],
    ['a stylesheet from another site', page('', '<link rel="stylesheet" href="https://fonts.example/a.css">'), /from outside the site/],
    ['a prefetch', page('', '<link rel="prefetch" href="/en/get-help/">'), /fetches what the visitor has not opened/],
    ['a meta refresh', page('', '<meta http-equiv="refresh" content="0;url=/">'), /meta http-equiv="refresh"/],
    ['a wrong tel: number', page('<a href="tel:+44808802002" dir="ltr">x</a>'), /not a valid UK number/],
    ['a number that right-to-left text could reorder', page('<a href="tel:999">999</a>'), /needs dir="ltr"/],
    ['a link that opens a new tab', page('<a href="/en/" target="_blank">x</a>'), /<a target>/],
    ['a hidden override in text', page('<p>\u202e0808 802 0028</p>'), /hidden character U\+202E/],
    ['a hidden override in an attribute', page('<p aria-label="\u202eabc">x</p>'), /<p aria-label>: hidden character U\+202E/],
  ])('refuses %s', (_name, html, expected) => {
    expect(htmlProblems(html)).toContainEqual(expect.stringMatching(expected));
  });
});
