import { dataPage } from '$lib/server/catalogue';

export function load() {
	return dataPage();
}
