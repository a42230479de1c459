import { expect, it } from 'vitest';
import { escapeHtmlText } from '../../site/lib/escape.ts';

it('escapeHtmlText leaves no markup: a closing </title> and tags become text', () => {
  expect(escapeHtmlText('</title><script>alert(1)</script> & <img src=x onerror=alert(1)>')).toBe(
    '&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;',
  );
  expect(escapeHtmlText('Plain "title" — ok')).toBe('Plain "title" — ok');
});
