import { methodePage } from '$lib/server/methode';

export function load() {
	return methodePage();
}
