/** The id of a basemap shape in the page's shared `<defs>` (countries `c`, governorates `g`). */
export const shapeId = (kind: 'c' | 'g', name: string) => `shape-${kind}-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/**
 * Where maps find the shapes: a file's address (set with Svelte context under this key by the root
 * layout), or '' for defs inside the same document (the stand-alone figure files).
 */
export const SHAPES_FILE = Symbol('shapes-file');
