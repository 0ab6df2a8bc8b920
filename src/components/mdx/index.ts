// The components MDX content may use, passed to <Content components={MDX_COMPONENTEN} />:
// Markdown tables become scrollable NL Design System tables; <RouteTijdlijn /> and
// <Zelftest> are used by name in route pages, without an import.
import RouteTijdlijn from './RouteTijdlijn.astro';
import Tabel from './Tabel.astro';
import Zelftest from './Zelftest.astro';

export const MDX_COMPONENTEN = { table: Tabel, RouteTijdlijn, Zelftest };
