import type { Veldbeschrijving } from '../content/veldbeschrijvingen.ts';

/**
 * Between the form and the file (pure): the form keeps text as people type it (a number as
 * "12", yes/no as "ja"/"nee", a list of lines as one text), the file holds what the schema
 * reads. Both directions are derived from the schema's field descriptions.
 */
export type Staat = Record<string, unknown>;

const leeg = (w: unknown) => w === undefined || w === null || w === '' || (Array.isArray(w) && w.length === 0);

function naarBestand(v: Veldbeschrijving, w: unknown): unknown {
  if (leeg(w)) return undefined;
  switch (v.soort) {
    case 'getal':
      return /^\d+$/.test(String(w).trim()) ? Number(String(w).trim()) : String(w).trim();
    case 'ja-nee':
      return w === 'ja' ? true : w === 'nee' ? false : undefined;
    case 'groep': {
      const obj = Object.fromEntries((v.velden ?? []).map((k) => [k.sleutel, naarBestand(k, (w as Staat)[k.sleutel])]).filter(([, x]) => x !== undefined));
      return Object.keys(obj).length ? obj : undefined;
    }
    case 'lijst': {
      if (v.element?.soort === 'groep') {
        const items = (w as unknown[]).map((x) => naarBestand(v.element!, x)).filter((x) => x !== undefined);
        return items.length ? items : undefined;
      }
      if (Array.isArray(w)) return w.length ? w : undefined;
      const regels = String(w)
        .split('\n')
        .map((r) => r.trim())
        .filter(Boolean);
      return regels.length ? regels : undefined;
    }
    default:
      return typeof w === 'string' ? (w.trim() === '' ? undefined : w.trim()) : w;
  }
}

function naarFormulier(v: Veldbeschrijving, w: unknown): unknown {
  if (w === undefined || w === null) {
    if (v.soort === 'groep') return naarFormulierAlles(v.velden ?? [], {});
    return v.soort === 'lijst' && (v.element?.soort === 'groep' || isKeuzelijst(v)) ? [] : '';
  }
  switch (v.soort) {
    case 'getal':
      return String(w);
    case 'ja-nee':
      return w === true ? 'ja' : w === false ? 'nee' : '';
    case 'groep':
      return naarFormulierAlles(v.velden ?? [], w as Staat);
    case 'lijst':
      if (v.element?.soort === 'groep') return (w as unknown[]).map((x) => naarFormulierAlles(v.element!.velden ?? [], x as Staat));
      if (isKeuzelijst(v)) return [...(w as unknown[])];
      return Array.isArray(w) ? w.join('\n') : String(w);
    default:
      return typeof w === 'string' ? w : String(w);
  }
}

/** A file's data as form state (every field present, empty where the file has nothing). */
export function naarFormulierAlles(velden: readonly Veldbeschrijving[], data: Staat): Staat {
  return Object.fromEntries(velden.map((v) => [v.sleutel, naarFormulier(v, data[v.sleutel])]));
}

/** Form state as file data: empty fields left out, numbers and yes/no as the schema reads them. */
export function naarBestandAlles(velden: readonly Veldbeschrijving[], staat: Staat): Staat {
  return Object.fromEntries(velden.map((v) => [v.sleutel, naarBestand(v, staat[v.sleutel])]).filter(([, w]) => w !== undefined));
}

/** Is this list picked from a fixed set (choices, gemeenten, regions) rather than typed line by line? */
export const isKeuzelijst = (v: Veldbeschrijving) => Boolean(v.keuzes) || v.sleutel === 'gemeenten' || v.sleutel === 'regio';
