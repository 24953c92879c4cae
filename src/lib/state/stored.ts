/**
 * A JSON object kept in localStorage on this device. Neither call throws: storage that is full, disabled or holds
 * something unreadable is as if nothing were kept, and what is written then lasts for this visit only.
 */

/** The stored object, or null when there is none (absent, not JSON, not an object, or storage unavailable). */
export function readStored(key: string): Record<string, unknown> | null {
	try {
		const raw: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
		return raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : null;
	} catch {
		return null;
	}
}

export function writeStored(key: string, value: unknown): void {
	try {
		localStorage.setItem(key, JSON.stringify(value));
	} catch {
		// Full or disabled: kept for this visit only (see above).
	}
}
