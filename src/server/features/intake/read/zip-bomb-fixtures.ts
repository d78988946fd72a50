import zlib from 'node:zlib';

/**
 * Test support: zip archives named .docx that inflate to far more than they weigh, built without
 * ever holding the inflated bytes. One megabyte of zeros deflated with a sync flush is a block that
 * can be repeated: N copies and a final empty block inflate to N MB.
 */
export function deflatedZeros(megabytes: number): Uint8Array {
  const block = zlib.deflateRawSync(Buffer.alloc(1024 * 1024), { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const out = Buffer.alloc(block.length * megabytes + 2);
  for (let k = 0; k < megabytes; k++) block.copy(out, k * block.length);
  out[out.length - 2] = 0x03; // final, fixed-Huffman block with no data
  out[out.length - 1] = 0x00;
  return out;
}

export interface RawEntry {
  name: string;
  /** Raw deflate data (method 8) or stored bytes (method 0). */
  data: Uint8Array;
  method?: 0 | 8;
  /** What the headers claim the entry inflates to: the truth, or a lie. */
  declaredSize: number;
}

/** A zip whose headers say whatever the entries declare (CRCs are left 0: the bomb is refused first). */
export function zipWithEntries(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const method = e.method ?? 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.data));
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const stored = (name: string, text: string): RawEntry => {
  const data = new TextEncoder().encode(text);
  return { name, data, method: 0, declaredSize: data.length };
};

/** The parts that make an archive look like Word, around a `word/document.xml` bomb. */
export function docxBomb(megabytes: number, declare: 'honest' | 'lie'): Uint8Array {
  const data = deflatedZeros(megabytes);
  return zipWithEntries([
    stored('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    { name: 'word/document.xml', data, declaredSize: declare === 'honest' ? megabytes * 1024 * 1024 : 4096 },
  ]);
}
