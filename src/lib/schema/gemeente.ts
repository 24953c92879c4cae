/** Shapes of the gemeente page's build-time data, shared by the server loader and the components. */
import type { ValueProvenance } from './provenance';

export interface GemeenteFacts {
	readonly code: string;
	readonly name: string;
	readonly province: string;
	readonly inhabitants: number | null;
	readonly areaKm2: number | null;
	readonly densityPerKm2: number | null;
	readonly urbanity: number | null;
}

export interface ProfileValue {
	readonly indicatorId: string;
	readonly labelNl: string;
	readonly labelEn: string;
	readonly unit: string;
	readonly direction: 'higher_worse' | 'lower_worse' | 'neutral';
	readonly value: number | null;
	readonly provenance: ValueProvenance | null;
}
