// The components MDX content is rendered with: plain Markdown elements mapped to NL Design
// System markup. Pass to <Content components={MDX_COMPONENTEN} />.
import Tabel from './Tabel.astro';

export const MDX_COMPONENTEN = { table: Tabel };
