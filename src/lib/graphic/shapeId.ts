/** The id of a basemap shape in the page's shared `<defs>` (countries `c`, governorates `g`, rivers `r`). */
export const shapeId = (kind: 'c' | 'g' | 'r', name: string) => `shape-${kind}-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/**
 * Where maps find the shapes, set with Svelte context under this key: a getter for where `<use>`
 * points. A live map's getter (`pageShapes`, supplied once the page is running, so that the file does
 * not compete with the first paint) gives '' once the file's shapes are in the page; the reading
 * edition's figures point at the file itself, so that they draw without JavaScript; with no getter,
 * the defs are inside the same document (the stand-alone figure files).
 */
export const SHAPES_FILE = Symbol('shapes-file');

/** The shapes file's address on a site served at `base`. */
export const shapesFileAt = (base: string) => `${base}/basemap.svg`;
export type ShapesFile = () => string | null;
