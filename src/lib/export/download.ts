/** Hands a file to the browser as a download: a chart image, the rows behind a chart, a query's result, a summary. */
export function download(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	document.body.append(a);
	a.click();
	a.remove();
	// Revoked a moment later, not at once: some browsers read the URL only after click() has returned.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
