import { getEntry } from 'astro:content';

/**
 * The region file behind a region fact in MDX (<MaximaleDuur regio="…" /> and the like). A
 * misspelt name stops the build: a fact that silently shows "onbekend" would look like a source gap.
 */
export async function regioUitBestand(regio: string, component: string) {
  const entry = await getEntry('regios', regio);
  if (!entry) throw new Error(`${component}: regio "${regio}" bestaat niet in content/regios/.`);
  return entry;
}
