/** Writes large CSV files in chunks: a 7-million-row table never exists as one string. */
import { closeSync, openSync, writeSync } from 'node:fs';
import { csvText, type Cell } from '../data/io';

export class CsvWriter {
	private readonly fd: number;
	private buffer: (readonly Cell[])[] = [];
	rows = 0;

	constructor(path: string, private readonly fields: readonly string[]) {
		this.fd = openSync(path, 'w');
		// Field names are plain identifiers: no quoting needed.
		writeSync(this.fd, `${fields.join(',')}\n`);
	}

	write(row: readonly Cell[]): void {
		this.buffer.push(row);
		this.rows++;
		if (this.buffer.length >= 50_000) this.flush();
	}

	private flush(): void {
		if (this.buffer.length === 0) return;
		// csvText writes a header line first; drop it for every chunk after the file's own header.
		const text = csvText(this.fields, this.buffer);
		writeSync(this.fd, text.slice(text.indexOf('\n') + 1));
		this.buffer = [];
	}

	close(): void {
		this.flush();
		closeSync(this.fd);
	}
}
