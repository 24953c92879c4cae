/** Start-up state of the engine, read by the progress indicator. Written only by engine.ts. */
export type EnginePhase = 'idle' | 'downloading' | 'starting' | 'ready' | 'error';

export const engineStatus = $state({
	phase: 'idle' as EnginePhase,
	bytesLoaded: 0,
	bytesTotal: 0,
	error: null as string | null
});
