/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline reading for classrooms: once a reader has opened the site, the story, the reading
 * edition, the timeline, the sources and the teacher's guide (in both editions), the scripts and
 * styles they run on, and the map's shapes are kept on the device, so they open again without a
 * connection. Each build has its own cache, named by SvelteKit's version, and a new build's worker
 * replaces the old copy as soon as it is installed. Installed by the teacher's guide and the reading
 * edition (never by an embed, see the root layout); it answers only for the files it keeps.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { OFFLINE_PAGES } from '$lib/offline';
import { shapesFileAt } from '$lib/graphic/shapeId';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `explainer-${version}`;

/** The pages a class reads, in each edition, with the data SvelteKit fetches to move between them. */
const PAGES = OFFLINE_PAGES.flatMap((p) => [p, `/ar${p}`]).map((p) => `${base}${p}`);
const wanted = new Set(PAGES.flatMap((p) => [p, `${p}__data.json`]));
const PRECACHE = [...build, ...files.filter((f) => /\.(svg|ico|png)$/.test(f) && !f.includes('/embed/')), ...prerendered.filter((p) => wanted.has(p)), shapesFileAt(base)];
const precached = new Set(PRECACHE);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(PRECACHE))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k.startsWith('explainer-') && k !== CACHE).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin || !precached.has(url.pathname)) return;
	// The kept copy is this build's, so it is current: serve it, and go to the network only if it is missing.
	event.respondWith(caches.match(request, { cacheName: CACHE, ignoreSearch: true }).then((hit) => hit ?? fetch(request)));
});
