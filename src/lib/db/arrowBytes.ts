import { makeData, makeVector, Utf8 } from 'apache-arrow';

/**
 * Arrow bytes between the page and the engine, without Arrow's own builders or a decode and encode on the way.
 *
 * Arrow's file format is its stream format framed: "ARROW1" and padding before, a footer (the batches' places), its
 * length and "ARROW1" after. DuckDB-wasm answers a query in the file format; an import is kept, and loaded, as a
 * stream. Taking the frame off hands the engine's bytes on as they are, where decoding them into a table and
 * encoding that again held the page for seconds at 7 million values.
 */
const MAGIC = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31]; // ARROW1
const END_OF_STREAM = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]);

const SCHEMA = 1;

/** The header type of the stream's first message (Message.fbs: a flatbuffer table, field 1 a byte). */
function messageType(stream: Uint8Array): number | null {
	if (stream.length < 16) return null;
	const view = new DataView(stream.buffer, stream.byteOffset, stream.length);
	if (view.getUint32(0, true) !== 0xffffffff) return null;
	const message = 8;
	const table = message + view.getUint32(message, true);
	const vtable = table - view.getInt32(table, true);
	if (table >= stream.length || vtable < message || vtable + 6 > stream.length) return null;
	const size = view.getUint16(vtable, true);
	const field = size > 6 ? view.getUint16(vtable + 6, true) : 0;
	return field === 0 ? 0 : view.getUint8(table + field);
}

export function streamOfFile(file: Uint8Array): Uint8Array {
	const n = file.length;
	const framed = n >= 18 && MAGIC.every((b, i) => file[i] === b && file[n - 6 + i] === b);
	if (!framed) throw new Error('not an Arrow file');
	const footer = new DataView(file.buffer, file.byteOffset + n - 10, 4).getInt32(0, true);
	const end = n - 10 - footer;
	if (footer < 0 || end < 8) throw new Error('not an Arrow file');
	const stream = file.subarray(8, end);
	// The stream must open with its schema; some writers (Arrow's JavaScript one) keep it only in the footer.
	if (messageType(stream) !== SCHEMA) throw new Error('an Arrow file without a leading schema');
	// Writers differ in whether the file's stream carries its end-of-stream marker; a stream reader wants one.
	if (stream.length >= 8 && END_OF_STREAM.every((b, i) => stream[stream.length - 8 + i] === b)) return stream;
	const out = new Uint8Array(stream.length + 8);
	out.set(stream);
	out.set(END_OF_STREAM, stream.length);
	return out;
}

/**
 * A text column built by hand: Arrow's builders compile a validity check with `new Function`, which the page's
 * Content Security Policy (no 'unsafe-eval') refuses. ASCII text (region codes and names, mostly) is encoded in one
 * go, its offsets the strings' lengths: one encoding per value made the page wait and collect for seconds at
 * 300,000 buurt names.
 */
export function utf8Vector(values: readonly string[]) {
	const valueOffsets = new Int32Array(values.length + 1);
	const joined = values.join('');
	let data: Uint8Array;
	if (/^[\x00-\x7f]*$/.test(joined)) {
		values.forEach((v, i) => (valueOffsets[i + 1] = valueOffsets[i]! + v.length));
		data = encoder.encode(joined);
	} else {
		const parts = values.map((v) => encoder.encode(v));
		parts.forEach((p, i) => (valueOffsets[i + 1] = valueOffsets[i]! + p.length));
		data = new Uint8Array(valueOffsets[parts.length]!);
		parts.forEach((p, i) => data.set(p, valueOffsets[i]!));
	}
	return makeVector(makeData({ type: new Utf8(), length: values.length, nullCount: 0, valueOffsets, data }));
}

const encoder = new TextEncoder();
