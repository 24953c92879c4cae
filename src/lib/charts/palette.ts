/** The colours and shapes every chart gives the gap classes and the measured side, so one class reads alike on every page. */
import type { GapClass } from '$lib/analysis/classify';

/** Class colours from the Okabe–Ito palette (safe for colour blindness); the class is also written out. */
export const CLASS_COLOURS: Record<GapClass, string> = {
	confirmed: '#b45309',
	perception_gap: '#0072b2',
	blind_spot: '#a8186b',
	no_signal: '#4d5b68',
	no_measurement: '#6b4f00',
	mentioned: '#6b4f00',
	not_studied: '#4d5b68',
	not_in_source: '#4d5b68',
	too_few: '#4d5b68'
};

/** A second carrier of the class besides colour, for readers who cannot tell the colours apart. */
export const CLASS_SYMBOLS: Record<GapClass, string> = {
	confirmed: 'square',
	perception_gap: 'circle',
	blind_spot: 'triangle',
	no_signal: 'diamond',
	no_measurement: 'times',
	mentioned: 'asterisk',
	not_studied: 'wye',
	not_in_source: 'wye',
	too_few: 'plus'
};

/** The measured side (a figure's position, drawn as a diamond) beside the heard side. */
export const MEASURED = '#0072b2';
