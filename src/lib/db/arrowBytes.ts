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

const endsWithEndOfStream = (bytes: Uint8Array) => bytes.length >= 8 && END_OF_STREAM.every((b, i) => bytes[bytes.length - 8 + i] === b);

const SCHEMA = 1;
const RECORD_BATCH = 3;

/** The header type of the stream's first message (Message.fbs: a flatbuffer table, field 1 a byte). */
function messageType(stream: Uint8Array): number | null {
	return messageAt(stream, 0)?.type ?? null;
}

/**
 * The message that starts at `at`: its header type and where it ends (Message.fbs: field 1 the type, a byte; field 3
 * the body's length, a long). Only the framing with the continuation marker, which every writer here uses; null
 * for anything else, or the end-of-stream marker.
 */
function messageAt(stream: Uint8Array, at: number): { type: number; end: number } | null {
	if (at + 16 > stream.length) return null;
	const view = new DataView(stream.buffer, stream.byteOffset, stream.length);
	if (view.getUint32(at, true) !== 0xffffffff) return null;
	const metadata = view.getInt32(at + 4, true);
	if (metadata <= 0) return null;
	const message = at + 8;
	const table = message + view.getUint32(message, true);
	const vtable = table - view.getInt32(table, true);
	if (table >= stream.length || vtable < message || vtable + 4 > stream.length) return null;
	const size = view.getUint16(vtable, true);
	const field = (i: number) => (4 + 2 * i < size ? view.getUint16(vtable + 4 + 2 * i, true) : 0);
	const type = field(1) === 0 ? 0 : view.getUint8(table + field(1));
	const body = field(3) === 0 ? 0 : Number(view.getBigInt64(table + field(3), true));
	const end = message + metadata + body;
	return end <= stream.length ? { type, end } : null;
}

/**
 * An Arrow stream as several streams of at most about `maxBytes` each, every one its schema, some of the batches in
 * order, and an end marker: together the same rows. Chromium refuses to keep a value of more than 127 MiB in
 * IndexedDB, and a large import's values are several times that. A stream it cannot read through (dictionaries,
 * another framing) stays whole. Each piece is made when asked: a caller that keeps them one by one copies one at a
 * time (700 MB copied at once held the page for two seconds).
 */
export function streamPieces(stream: Uint8Array, maxBytes: number): (() => Uint8Array)[] {
	const whole = [() => stream];
	if (stream.length <= maxBytes) return whole;
	const schema = messageAt(stream, 0);
	if (!schema || schema.type !== SCHEMA) return whole;
	const batches: { start: number; end: number }[] = [];
	for (let at = schema.end; ; ) {
		const m = messageAt(stream, at);
		if (!m) break;
		if (m.type !== RECORD_BATCH) return whole;
		batches.push({ start: at, end: m.end });
		at = m.end;
	}
	const last = batches.at(-1)?.end ?? schema.end;
	const rest = stream.subarray(last);
	if (rest.length > 0 && !(rest.length === 8 && endsWithEndOfStream(rest))) return whole;
	const pieces: (() => Uint8Array)[] = [];
	let first = 0;
	while (first < batches.length) {
		let next = first + 1;
		while (next < batches.length && batches[next]!.end - batches[first]!.start + schema.end + 8 <= maxBytes) next++;
		const body = stream.subarray(batches[first]!.start, batches[next - 1]!.end);
		pieces.push(() => {
			const piece = new Uint8Array(schema.end + body.length + 8);
			piece.set(stream.subarray(0, schema.end));
			piece.set(body, schema.end);
			piece.set(END_OF_STREAM, schema.end + body.length);
			return piece;
		});
		first = next;
	}
	return pieces.length > 0 ? pieces : whole;
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
	if (endsWithEndOfStream(stream)) return stream;
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
