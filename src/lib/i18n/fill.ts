/** A template's `{name}` slots filled in: `fill('{n} min read', { n: 13 })`. */
export const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (m, k: string) => String(values[k] ?? m));
