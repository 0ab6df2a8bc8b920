import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIES } from './lib/content/collecties.ts';
import { contentMap } from './lib/content/content-map.ts';

// The only file that knows about loaders. Schemas live in src/lib/schemas and are shared with
// the editors' check (src/lib/content/controleer.ts), which runs first and reports in Dutch.
const basis = contentMap();
const laderVoor = ({ map, patroon }: { map: string; patroon: string }) => glob({ base: `${basis}/${map}`, pattern: patroon });

export const collections = {
  route: defineCollection({ loader: laderVoor(COLLECTIES.route), schema: COLLECTIES.route.schema }),
  handboek: defineCollection({ loader: laderVoor(COLLECTIES.handboek), schema: COLLECTIES.handboek.schema }),
  regios: defineCollection({ loader: laderVoor(COLLECTIES.regios), schema: COLLECTIES.regios.schema }),
  aanbieders: defineCollection({ loader: laderVoor(COLLECTIES.aanbieders), schema: COLLECTIES.aanbieders.schema }),
  begrippen: defineCollection({ loader: laderVoor(COLLECTIES.begrippen), schema: COLLECTIES.begrippen.schema }),
};
