// The components MDX content may use, passed to <Content components={…} />:
// Markdown tables become scrollable NL Design System tables, numbered headings get stable
// anchors, and <RouteTijdlijn />, <Zelftest> and the region facts (<MaximaleDuur regio="…" />,
// <RegioIngang />, <RegioEvaluatie />, read from content/regios/) are used by name (no import).
import Kop2 from './Kop2.astro';
import Kop3 from './Kop3.astro';
import Kop4 from './Kop4.astro';
import Kop5 from './Kop5.astro';
import Kop6 from './Kop6.astro';
import MaximaleDuur from './MaximaleDuur.astro';
import RegioEvaluatie from './RegioEvaluatie.astro';
import RegioIngang from './RegioIngang.astro';
import RouteTijdlijn from './RouteTijdlijn.astro';
import Tabel from './Tabel.astro';
import Zelftest from './Zelftest.astro';

export const MDX_COMPONENTEN = { table: Tabel, h2: Kop2, h3: Kop3, h4: Kop4, h5: Kop5, MaximaleDuur, RegioEvaluatie, RegioIngang, RouteTijdlijn, Zelftest };

/** For the printable handboek: every heading one level deeper, under the chapter's <h2>. */
export const MDX_COMPONENTEN_GENEST = { ...MDX_COMPONENTEN, h2: Kop3, h3: Kop4, h4: Kop5, h5: Kop6 };
