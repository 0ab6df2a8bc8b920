import { z } from 'astro/zod';
import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ContentBestand } from '../../lib/content/controleer';
import type { Veldbeschrijving } from '../../lib/content/veldbeschrijvingen';
import { slugVanNaam } from '../../lib/gemeenten/bw-regios';
import { controleerBestand, leesBestand, maakBestand, type Soort, type Veldprobleem } from '../../lib/invulhulp/bestand';
import { voorstelLink } from '../../lib/invulhulp/codehost';
import { isKeuzelijst, naarBestandAlles, naarFormulierAlles, type Staat } from '../../lib/invulhulp/formulier';
import { veldUitleg } from '../../lib/content/sjabloon';
import { gemeenteOpties as maakGemeenteOpties, officieleGemeente } from '../../lib/gemeenten/namen';
import { FORMULIER_TEKST } from '../../lib/ui-tekst';
import { bewaarBestand } from '../gedeeld/bestanden';
import { Combobox } from '../gedeeld/Combobox';
import { FormulierVeld, type InvoerKoppeling } from '../gedeeld/FormulierVeld';
import { GemeentenKiezer } from './GemeentenKiezer';
import { Foutsamenvatting } from '../gedeeld/Foutsamenvatting';

// The page's CSP forbids eval: zod must not compile validators with new Function.
z.config({ jitless: true });

/**
 * The invulhulp: a region or provider file made in the browser, from the schemas' own field
 * descriptions and judged by the build's own check (src/lib/invulhulp/bestand.ts). Nothing is
 * sent anywhere; the file is downloaded, copied, or proposed on the code host by a link.
 */
export interface Props {
  velden: Record<Soort, Veldbeschrijving[]>;
  gemeenten: string[];
  regios: { id: string; naam: string }[];
  documenten: { sleutel: string; titel: string }[];
  bestaand: { soort: Soort; id: string; naam: string; tekst: string }[];
  /** The site's source documents and regions, so "bestaat niet" is judged as in the build. */
  andere: ContentBestand[];
  repoUrl?: string | undefined;
}

const MAP: Record<Soort, string> = { aanbieders: 'content/aanbieders', regios: 'content/regios' };
const idVan = (pad: readonly (string | number)[]) => `ih-${pad.join('-')}`;

export default function Invulhulp(props: Props) {
  const [soort, setSoort] = useState<Soort>('aanbieders');
  const velden = props.velden[soort];
  const [staat, setStaat] = useState<Staat>(() => naarFormulierAlles(props.velden.aanbieders, {}));
  const [lichaam, setLichaam] = useState('');
  const [bestandsnaam, setBestandsnaam] = useState('');
  const [geladen, setGeladen] = useState<{ tekst: string; staat: string; lichaam: string; id: string } | null>(null);
  const [problemen, setProblemen] = useState<Veldprobleem[] | null>(null);
  const [status, setStatus] = useState('');
  const samenvattingRef = useRef<HTMLDivElement>(null);
  const gemeenteOpties = useMemo(() => maakGemeenteOpties(props.gemeenten), [props.gemeenten]);
  const gemeenteSet = useMemo(() => new Set(props.gemeenten), [props.gemeenten]);

  const naam = bestandsnaam || slugVanNaam(String(staat.naam ?? ''));
  const ongewijzigd = geladen && geladen.staat === JSON.stringify(staat) && geladen.lichaam === lichaam;
  const tekst = ongewijzigd ? geladen.tekst : maakBestand(soort, naarBestandAlles(velden, staat), lichaam);
  const pad = `${MAP[soort]}/${naam || 'naam'}.md`;

  useEffect(() => {
    if (problemen?.length) samenvattingRef.current?.focus();
    document.title = `${problemen?.length ? 'Fout: ' : ''}${document.title.replace(/^Fout: /, '')}`;
  }, [problemen]);

  function nieuw(s: Soort) {
    setSoort(s);
    setStaat(naarFormulierAlles(props.velden[s], {}));
    setLichaam('');
    setBestandsnaam('');
    setGeladen(null);
    setProblemen(null);
  }

  function laad(s: Soort, id: string, bestandTekst: string) {
    const { waarden, lichaam: l, problemen: leesProblemen } = leesBestand(bestandTekst);
    const vorm = naarFormulierAlles(props.velden[s], waarden);
    setSoort(s);
    setStaat(vorm);
    setLichaam(l.trim());
    setBestandsnaam(id);
    setGeladen({ tekst: bestandTekst, staat: JSON.stringify(vorm), lichaam: l.trim(), id });
    setProblemen(null);
    setStatus(leesProblemen.length ? leesProblemen.join(' ') : `Geladen: ${id}.md. Pas aan wat nodig is.`);
  }

  function controleer() {
    const uitkomst = controleerBestand(soort, naam || 'naam', tekst, props.andere, { gemeenteNamen: props.gemeenten });
    const extra = naam ? [] : [{ bestand: pad, regel: 1, bericht: 'Vul de naam in: daaruit komt de bestandsnaam.', veld: 'naam' }];
    setProblemen([...extra, ...uitkomst]);
    return extra.length + uitkomst.length === 0;
  }

  const zet = (pad: readonly (string | number)[], waarde: unknown) =>
    setStaat((oud) => {
      const nieuw = structuredClone(oud) as Record<string | number, unknown>;
      let plek = nieuw;
      pad.slice(0, -1).forEach((stap) => (plek = plek[stap] as Record<string | number, unknown>));
      plek[pad.at(-1)!] = waarde;
      return nieuw as Staat;
    });
  const waardeOp = (pad: readonly (string | number)[]) => pad.reduce<unknown>((w, stap) => (w as Record<string | number, unknown>)?.[stap], staat);
  const foutVan = (veld: string) =>
    problemen
      ?.filter((p) => p.veld === veld)
      .map((p) => p.bericht)
      .join(' ') || undefined;

  function invoer(v: Veldbeschrijving, pad: (string | number)[], koppeling: InvoerKoppeling) {
    const w = waardeOp(pad);
    if (v.sleutel === 'document') {
      return (
        <select {...koppeling} value={String(w ?? '')} onChange={(e) => zet(pad, e.currentTarget.value)}>
          <option value="">Kies een document</option>
          {props.documenten.map((d) => (
            <option value={d.sleutel}>{d.titel}</option>
          ))}
        </select>
      );
    }
    if (v.sleutel === 'centrumgemeente') {
      // Typed like the melding's gemeente; an everyday or former name becomes the CBS name on leaving.
      return (
        <Combobox
          id={koppeling.id}
          naam={koppeling.id}
          waarde={String(w ?? '')}
          opties={gemeenteOpties}
          onChange={(waarde) => zet(pad, waarde)}
          onBlur={() => {
            const officieel = officieleGemeente(String(waardeOp(pad) ?? ''), gemeenteSet);
            if (officieel) zet(pad, officieel);
          }}
          describedBy={koppeling['aria-describedby']}
          ongeldig={Boolean(koppeling['aria-invalid'])}
          geenTreffer={FORMULIER_TEKST.geenGemeente}
        />
      );
    }
    if (v.soort === 'keuze') {
      return (
        <select {...koppeling} value={String(w ?? '')} onChange={(e) => zet(pad, e.currentTarget.value)}>
          <option value="">{v.verplicht ? 'Kies' : 'Onbekend'}</option>
          {Object.entries(v.keuzes ?? {}).map(([k, label]) => (
            <option value={k}>{label}</option>
          ))}
        </select>
      );
    }
    if (v.soort === 'lijst' && v.sleutel === 'gemeenten') {
      return (
        <GemeentenKiezer
          koppeling={koppeling}
          gekozen={w as string[]}
          opties={gemeenteOpties}
          gemeenten={gemeenteSet}
          onWijzig={(gemeenten) => zet(pad, gemeenten)}
        />
      );
    }
    if (v.soort === 'lijst' && !v.element?.velden) {
      return <textarea {...koppeling} rows={4} value={String(w ?? '')} onInput={(e) => zet(pad, e.currentTarget.value)} />;
    }
    const lang = (v.maximum ?? 0) > 300;
    return lang ? (
      <textarea {...koppeling} rows={4} value={String(w ?? '')} onInput={(e) => zet(pad, e.currentTarget.value)} />
    ) : (
      <input
        {...koppeling}
        type="text"
        inputMode={v.soort === 'getal' ? 'numeric' : undefined}
        value={String(w ?? '')}
        onInput={(e) => zet(pad, e.currentTarget.value)}
      />
    );
  }

  /** The options of a group: yes/no, a repeated group, or a choice list as tick boxes. */
  function groepInhoud(v: Veldbeschrijving, pad: (string | number)[], id: string): JSX.Element {
    const w = waardeOp(pad);
    if (v.soort === 'groep') return <>{(v.velden ?? []).map((k) => veld(k, [...pad, k.sleutel]))}</>;
    if (v.soort === 'ja-nee') {
      return (
        <>
          {[
            ['ja', 'Ja'],
            ['nee', 'Nee'],
            ['', 'Onbekend'],
          ].map(([waarde, tekst]) => (
            <label className="keuze" key={waarde}>
              <input type="radio" name={id} value={waarde} checked={w === waarde} onChange={() => zet(pad, waarde)} /> {tekst}
            </label>
          ))}
        </>
      );
    }
    if (v.element?.soort === 'groep') {
      const items = w as Staat[];
      return (
        <>
          {items.map((_, i) => (
            <fieldset className="invulhulp__item" key={`${id}-${i}`}>
              <legend>
                {v.label}: nr. {i + 1}
              </legend>
              {(v.element!.velden ?? []).map((k) => veld(k, [...pad, i, k.sleutel]))}
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                onClick={() =>
                  zet(
                    pad,
                    items.filter((__, j) => j !== i),
                  )
                }
              >
                Nr. {i + 1} weghalen
              </button>
            </fieldset>
          ))}
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => zet(pad, [...items, naarFormulierAlles(v.element!.velden ?? [], {})])}
          >
            {v.label}: nog een toevoegen
          </button>
        </>
      );
    }
    const keuzes = v.sleutel === 'regio' ? Object.fromEntries(props.regios.map((r) => [r.id, r.naam])) : (v.keuzes ?? {});
    const gekozen = w as string[];
    return (
      <>
        {Object.entries(keuzes).map(([k, tekst]) => (
          <label className="keuze" key={k}>
            <input
              type="checkbox"
              value={k}
              checked={gekozen.includes(k)}
              onChange={(e) => zet(pad, e.currentTarget.checked ? [...gekozen, k] : gekozen.filter((x) => x !== k))}
            />{' '}
            {tekst}
          </label>
        ))}
      </>
    );
  }

  /** One field of the schema, with the site's one field markup (FormulierVeld). */
  function veld(v: Veldbeschrijving, pad: (string | number)[], fout?: string): JSX.Element {
    const id = idVan(pad);
    const groep =
      v.soort === 'groep' || v.soort === 'ja-nee' || (v.soort === 'lijst' && (v.element?.soort === 'groep' || (isKeuzelijst(v) && v.sleutel !== 'gemeenten')));
    return (
      <FormulierVeld
        key={id}
        id={id}
        soort={groep ? 'groep' : 'tekst'}
        label={v.label}
        verplicht={v.verplicht ? undefined : false}
        hint={veldUitleg(v).replace(/^Verplicht\. /, '')}
        fout={fout}
      >
        {(koppeling) =>
          groep ? (
            // The error summary moves focus here; focus then goes to the group's first control.
            <div id={koppeling.id}>{groepInhoud(v, pad, id)}</div>
          ) : (
            invoer(v, pad, koppeling)
          )
        }
      </FormulierVeld>
    );
  }

  const alleFouten = problemen ?? [];
  const eersteVeld = (veldnaam: string | null) => {
    const v = velden.find((x) => x.sleutel === veldnaam);
    return v && v.soort === 'groep' ? idVan([v.sleutel]) : idVan([veldnaam ?? 'naam']);
  };

  return (
    <div className="invulhulp">
      <Foutsamenvatting
        ref={samenvattingRef}
        problemen={alleFouten.map((p, i) => ({ pad: p.veld === 'lichaam' ? 'ih-lichaam' : eersteVeld(p.veld), code: String(i), bericht: p.bericht }))}
        naarVeld={(id) => {
          // A group's id is on its options' container: focus its first control, as GOV.UK does for radios.
          const doel = document.getElementById(id);
          (doel?.matches('input, select, textarea') ? doel : (doel?.querySelector<HTMLElement>('input, select, textarea, button') ?? doel))?.focus();
        }}
      />
      <FormulierVeld id="ih-soort" soort="groep" label="Wat wil je maken?">
        {() =>
          (['aanbieders', 'regios'] as const).map((s) => (
            <label className="keuze" key={s}>
              <input type="radio" name="ih-soort" checked={soort === s} onChange={() => nieuw(s)} /> {s === 'aanbieders' ? 'Een aanbieder' : 'Een regio'}
            </label>
          ))
        }
      </FormulierVeld>
      <FormulierVeld id="ih-laden" label="Of pas een gepubliceerd bestand aan">
        {(koppeling) => (
          <select
            {...koppeling}
            onChange={(e) => {
              const b = props.bestaand.find((x) => `${x.soort}/${x.id}` === e.currentTarget.value);
              if (b) laad(b.soort, b.id, b.tekst);
            }}
          >
            <option value="">Kies een regio of aanbieder</option>
            {props.bestaand.map((b) => (
              <option value={`${b.soort}/${b.id}`}>
                {b.soort === 'regios' ? 'Regio' : 'Aanbieder'}: {b.naam}
              </option>
            ))}
          </select>
        )}
      </FormulierVeld>
      <FormulierVeld id="ih-bestand" label="Of open een .md-bestand van je computer">
        {(koppeling) => (
          <input
            {...koppeling}
            type="file"
            accept=".md,text/markdown,text/plain"
            onChange={async (e) => {
              const bestand = e.currentTarget.files?.[0];
              if (!bestand) return;
              const s: Soort = /^regio:/m.test(await bestand.text()) ? 'aanbieders' : 'regios';
              laad(s, bestand.name.replace(/\.md$/i, ''), await bestand.text());
            }}
          />
        )}
      </FormulierVeld>
      <p role="status">{status}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          controleer();
        }}
      >
        {velden.map((v) => veld(v, [v.sleutel], foutVan(v.sleutel)))}
        <FormulierVeld
          id="ih-lichaam"
          label="Tekst op de pagina"
          verplicht={false}
          hint="Een paar zinnen in gewone taal. Alleen Markdown, geen HTML; links met https://, mailto: of tel:."
          fout={foutVan('lichaam')}
        >
          {(koppeling) => <textarea {...koppeling} rows={5} value={lichaam} onInput={(e) => setLichaam(e.currentTarget.value)} />}
        </FormulierVeld>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          Controleren
        </button>
      </form>
      {problemen && problemen.length === 0 && (
        <section aria-labelledby="ih-klaar">
          <h2 id="ih-klaar">Je bestand is in orde</h2>
          <p>
            Bestandsnaam: <code>{pad}</code>
          </p>
          <label className="veld__label" htmlFor="ih-uitvoer">
            Inhoud van het bestand
          </label>
          <textarea id="ih-uitvoer" readOnly rows={12} value={tekst} />
          <p>
            <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => bewaarBestand(tekst, `${naam}.md`, 'text/markdown')}>
              Download {naam}.md
            </button>{' '}
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => void navigator.clipboard?.writeText(tekst).then(() => setStatus('De inhoud is gekopieerd.'))}
            >
              Kopieer de inhoud
            </button>
          </p>
          {props.repoUrl &&
            (() => {
              const link = voorstelLink(
                props.repoUrl,
                pad,
                tekst,
                Boolean(geladen && geladen.id === naam && props.bestaand.some((b) => b.soort === soort && b.id === naam)),
              );
              return (
                <p>
                  <a href={link.href}>Stel deze wijziging voor bij de codehost</a>
                  {link.gevuld ? ' (de inhoud staat er al in).' : ' (plak daar de gekopieerde inhoud).'}
                </p>
              );
            })()}
        </section>
      )}
    </div>
  );
}
