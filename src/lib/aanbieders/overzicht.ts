/**
 * How /aanbieders/ shows the providers. Up to OVERZICHT_MAX_AANBIEDERS every provider is a card
 * on the page (filtered in the browser with JavaScript, all listed without). Beyond that one
 * page would grow without bound (361 KB gzip at 20,000 providers, issue #13), so the page lists
 * the regions instead, each linking to its region page, which names that region's providers:
 * the page then stays within its 50 KB gzip budget, with or without JavaScript.
 */
const OVERZICHT_MAX_AANBIEDERS = 100;

export type OverzichtVorm = 'kaarten' | 'per-regio';

export const overzichtVorm = (aantalAanbieders: number): OverzichtVorm => (aantalAanbieders <= OVERZICHT_MAX_AANBIEDERS ? 'kaarten' : 'per-regio');
