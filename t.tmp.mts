import { tableFromArrays, tableToIPC } from 'apache-arrow';
const f = tableToIPC(tableFromArrays({ a: ['x','y'] }), 'file');
let p = 8;
while (p < f.length - 10) {
  const dv = new DataView(f.buffer, f.byteOffset);
  const c = dv.getUint32(p, true); const len = dv.getInt32(p + 4, true);
  console.log('at', p, c.toString(16), 'meta', len);
  if (len === 0) break;
  // message flatbuffer: find bodyLength crudely — skip; just print
  p += 8 + len; break;
}
console.log(Buffer.from(f).toString('hex').match(/.{1,32}/g).join('\n'));
