/** The id of a basemap shape in the page's shared `<defs>` (countries `c`, governorates `g`, rivers `r`). */
export const shapeId = (kind: 'c' | 'g' | 'r', name: string) => `shape-${kind}-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/**
 * Where maps find the shapes, set with Svelte context under this key: a getter for the shapes file's
 * address, which the root layout supplies once the page is running (so the file does not compete
 * with the first paint), or nothing for defs inside the same document (the stand-alone figure files).
 */
export const SHAPES_FILE = Symbol('shapes-file');

/** The shapes file's address on a site served at `base`. */
export const shapesFileAt = (base: string) => `${base}/basemap.svg`;
export type ShapesFile = () => string | null;
