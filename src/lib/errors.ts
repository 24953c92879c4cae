/** What to show of a failure: its message when it is an Error, else the value as text. */
export function messageOf(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}
