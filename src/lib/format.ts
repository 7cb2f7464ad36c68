export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2014`, `2014-06` or `2014-06-10` as "2014", "June 2014" or "10 June 2014"; anything else (`undated`) as written. */
export function formatDate(date: string): string {
	const [y, m, d] = date.split('-');
	if (!m) return y!;
	const month = MONTHS[Number(m) - 1];
	if (!month) return date;
	return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
