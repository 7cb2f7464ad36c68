/**
 * The pages a class reads offline, in each edition: the service worker keeps them
 * (src/service-worker.ts), and the teacher's guide says so once every one of them is kept.
 */
export const OFFLINE_PAGES = ['/', '/read/', '/timeline/', '/sources/', '/classroom/'] as const;
