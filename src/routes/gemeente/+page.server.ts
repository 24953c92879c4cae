import { gemeenteList } from '$lib/server/gemeenteList';

export function load() {
	return { gemeenten: gemeenteList() };
}
