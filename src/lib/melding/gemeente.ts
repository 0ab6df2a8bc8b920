import { ALIASSEN, VOORMALIGE_GEMEENTEN, zoekvorm } from '../gemeenten/regio-antwoord.ts';

/**
 * The gemeente van herkomst as typed → its official CBS name, or null. Case, accents and
 * punctuation do not matter ("venlo", "sudwest fryslan"), and an everyday name maps to the
 * official one ("Den Haag" → "'s-Gravenhage"), and so does a former gemeente ("Weesp" → "Amsterdam",
 * as in the gemeente lookup), so the melding always carries the CBS name of today.
 */
const indexen = new WeakMap<ReadonlySet<string>, Map<string, string>>();

function index(gemeenten: ReadonlySet<string>): Map<string, string> {
  let kaart = indexen.get(gemeenten);
  if (!kaart) {
    kaart = new Map([...gemeenten].map((naam) => [zoekvorm(naam), naam]));
    for (const [officieel, alias] of Object.entries(ALIASSEN)) {
      if (gemeenten.has(officieel) && !kaart.has(zoekvorm(alias))) kaart.set(zoekvorm(alias), officieel);
    }
    for (const { naam, opgegaanIn } of VOORMALIGE_GEMEENTEN) {
      if (gemeenten.has(opgegaanIn) && !kaart.has(zoekvorm(naam))) kaart.set(zoekvorm(naam), opgegaanIn);
    }
    indexen.set(gemeenten, kaart);
  }
  return kaart;
}

export function officieleGemeente(invoer: string, gemeenten: ReadonlySet<string>): string | null {
  const vorm = zoekvorm(invoer);
  return vorm ? (index(gemeenten).get(vorm) ?? null) : null;
}
