import { gemeenteList } from '$lib/data/gemeenteList.server';

export function load() {
	return { gemeenten: gemeenteList() };
}
