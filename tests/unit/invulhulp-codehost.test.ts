import { describe, expect, it } from 'vitest';
import { voorstelLink } from '../../src/lib/invulhulp/codehost.ts';

describe('link to propose the file on the code host', () => {
  const tekst = '---\nnaam: A & B\n---\n';
  it('GitHub: a new file with name and content filled in', () => {
    const link = voorstelLink('https://github.com/regio/portaal/', 'content/aanbieders/a-b.md', tekst, false);
    expect(link).toEqual({
      href: `https://github.com/regio/portaal/new/main?filename=content%2Faanbieders%2Fa-b.md&value=${encodeURIComponent(tekst)}`,
      gevuld: true,
    });
    expect(new URL(link.href).searchParams.get('value')).toBe(tekst);
  });
  it('GitLab: file_name and content, to paste if its editor ignores the content', () => {
    expect(voorstelLink('https://gitlab.com/regio/portaal', 'content/regios/x.md', tekst, false)).toEqual({
      href: `https://gitlab.com/regio/portaal/-/new/main?file_name=content%2Fregios%2Fx.md&content=${encodeURIComponent(tekst)}`,
      gevuld: false,
    });
  });
  it('an existing file opens the edit page', () => {
    expect(voorstelLink('https://github.com/regio/portaal', 'content/regios/x.md', tekst, true).href).toBe(
      'https://github.com/regio/portaal/edit/main/content/regios/x.md',
    );
    expect(voorstelLink('https://gitlab.com/regio/portaal', 'content/regios/x.md', tekst, true).href).toBe(
      'https://gitlab.com/regio/portaal/-/edit/main/content/regios/x.md',
    );
  });
});
