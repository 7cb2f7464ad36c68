/** Still-figure files come in two widths: phones get the narrow one, drawn for their size, so labels keep their size. */
export const FIGURE_WIDTHS = [360, 640] as const;

/** Maps are taller than charts, and narrow figures taller for their width than wide ones. */
export function figureSize(view: 'map' | 'chart', width: number): { width: number; height: number } {
	const aspect = width < 500 ? (view === 'map' ? 0.85 : 0.75) : view === 'map' ? 0.69 : 0.56;
	return { width, height: Math.round(width * aspect) };
}
