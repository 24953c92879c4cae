// Every page is prerendered to static HTML; folders with index.html work on any static server.
export const prerender = true;
export const trailingSlash = 'always';
