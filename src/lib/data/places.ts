import { csvParse } from 'd3-dsv';

export interface Place {
	name: string;
	ar: string;
	lon: number;
	lat: number;
	kind: string;
	governorate: string;
}

export function parsePlaces(csv: string): Place[] {
	return csvParse(csv).map((r, i) => {
		const lon = Number(r.lon);
		const lat = Number(r.lat);
		if (!r.name || !Number.isFinite(lon) || !Number.isFinite(lat))
			throw new Error(`places.csv:${i + 2}: a place needs a name, lat and lon`);
		return { name: r.name, ar: r.name_ar ?? '', lon, lat, kind: r.kind ?? '', governorate: r.governorate ?? '' };
	});
}
