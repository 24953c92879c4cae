import { overviewPage } from '$lib/server/overview';

export function load() {
	return overviewPage();
}
