/*
 * Industries as policy texts name them, in lower case; a mention is found in any case and named
 * with a capital first letter.
 */
export const INDUSTRIES = [
  'integrated circuits',
  'integrated circuit',
  'semiconductors',
  'semiconductor',
  'biomedicine',
  'biopharmaceuticals',
  'biotechnology',
  'life sciences',
  'artificial intelligence',
  'new energy vehicles',
  'new energy',
  'new materials',
  'advanced manufacturing',
  'high-end equipment',
  'digital economy',
  'aerospace',
  'aviation',
  'quantum computing',
  'quantum technology',
  'big data',
  'cloud computing',
  'robotics',
  'blockchain',
  'fintech',
  'financial services',
  'electric vehicles',
  'pharmaceuticals',
  'green energy',
  'clean energy',
  'renewable energy',
  'intelligent manufacturing',
  'internet of things',
  'e-commerce',
  'shipbuilding',
  'photovoltaics',
];

/** "integrated circuits" → "Integrated circuits". */
export const industryName = (phrase: string): string =>
  phrase.charAt(0).toUpperCase() + phrase.slice(1).toLowerCase();
