import { describe, expect, it } from 'vitest';
import { editUrlFor } from '../../site/lib/settings.ts';

describe('editUrlFor', () => {
  it('joins the base and the root-relative path with exactly one slash', () => {
    expect(editUrlFor('content/initiatives/a.mdx', 'https://git.example/edit/main')).toBe(
      'https://git.example/edit/main/content/initiatives/a.mdx',
    );
    expect(editUrlFor('./content/x.mdx', 'https://git.example/edit/main/')).toBe(
      'https://git.example/edit/main/content/x.mdx',
    );
  });
});
