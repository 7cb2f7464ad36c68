/** The id of a basemap shape in the page's shared `<defs>` (countries `c`, governorates `g`). */
export const shapeId = (kind: 'c' | 'g', name: string) => `shape-${kind}-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
