// Node module-loader hook (registered from lighthouse.mjs) that fixes, in memory only, a crash of
// the trace engine bundled with lighthouse 12.2.3 (@paulirish/trace_engine 0.0.32) on traces from
// current Chromium (156 here): its PipelineReporter events no longer carry
// `args.chrome_frame_reporter`, so ScreenshotsHandler.finalize() throws "Cannot read properties of
// undefined (reading 'frame_sequence')". Lighthouse then errors the audits that name the LCP
// element, its phases and the render-blocking resources (scores and metrics are unaffected).
// With the fix, such events are skipped and screenshots keep their uncorrected timestamps, which
// the handler already does for any screenshot it cannot match. Lighthouse 13 needs Node 22, so
// this stays until the project moves; the hook changes nothing once the text no longer matches.

const FILE = '/@paulirish/trace_engine/models/trace/handlers/ScreenshotsHandler.js';
const BROKEN = `frameSequenceToTs = Object.fromEntries(pipelineReporterEvents.map(evt => {`;
const FIXED = `frameSequenceToTs = Object.fromEntries(pipelineReporterEvents.filter(evt => evt.args?.data?.beginEvent?.args?.chrome_frame_reporter).map(evt => {`;

/** @type {import('node:module').LoadHook} */
export async function load(url, context, nextLoad) {
	const result = await nextLoad(url, context);
	if (!url.endsWith(FILE) || result.source == null) return result;
	const source = String(result.source);
	return source.includes(BROKEN) ? { ...result, source: source.replace(BROKEN, FIXED) } : result;
}
