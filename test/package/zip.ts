import {deflateRawSync, inflateRawSync} from 'node:zlib';

// A small, dependency-free ZIP writer and reader (PKWARE APPNOTE 6.3: local headers, central directory, end of
// central directory; deflate or stored; no ZIP64, no encryption). Enough for store uploads of a few hundred kB,
// and deterministic: the same files and time give the same bytes.

export type ZipEntry = {name: string; data: Buffer};

const CRC_TABLE = Uint32Array.from({length: 256}, (_, index) => {
	let crc = index;
	for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
	return crc >>> 0;
});

export function crc32(data: Uint8Array): number {
	let crc = 0xffffffff;
	for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

/** MS-DOS date and time as ZIP stores them (2-second resolution, 1980–2107); UTC, so no machine's time zone shows. */
function dosDateTime(date: Date): {time: number; date: number} {
	const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
	return {
		time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
		date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
	};
}

const UTF8_NAMES = 0x0800;
const VERSION_NEEDED = 20; // 2.0: deflate
const MADE_BY_UNIX = (3 << 8) | 20;
const REGULAR_FILE_644 = (0o100644 << 16) >>> 0;

/** A ZIP archive of `entries` in the given order; names use `/` and must be relative. */
export function createZip(entries: readonly ZipEntry[], modified: Date): Buffer {
	const {time, date} = dosDateTime(modified);
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	const names = new Set<string>();
	for (const {name, data} of entries) {
		if (name === '' || name.startsWith('/') || name.includes('\\') || name.split('/').includes('..')) {
			throw new Error(`Invalid ZIP entry name: ${name}`);
		}
		if (names.has(name)) throw new Error(`Duplicate ZIP entry: ${name}`);
		names.add(name);
		const nameBytes = Buffer.from(name, 'utf8');
		const deflated = deflateRawSync(data, {level: 9});
		const method = deflated.length < data.length ? 8 : 0;
		const body = method === 8 ? deflated : data;
		const crc = crc32(data);

		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(VERSION_NEEDED, 4);
		local.writeUInt16LE(UTF8_NAMES, 6);
		local.writeUInt16LE(method, 8);
		local.writeUInt16LE(time, 10);
		local.writeUInt16LE(date, 12);
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(body.length, 18);
		local.writeUInt32LE(data.length, 22);
		local.writeUInt16LE(nameBytes.length, 26);
		local.writeUInt16LE(0, 28);
		locals.push(local, nameBytes, body);

		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(MADE_BY_UNIX, 4);
		central.writeUInt16LE(VERSION_NEEDED, 6);
		central.writeUInt16LE(UTF8_NAMES, 8);
		central.writeUInt16LE(method, 10);
		central.writeUInt16LE(time, 12);
		central.writeUInt16LE(date, 14);
		central.writeUInt32LE(crc, 16);
		central.writeUInt32LE(body.length, 20);
		central.writeUInt32LE(data.length, 24);
		central.writeUInt16LE(nameBytes.length, 28);
		// extra length, comment length, disk number, internal attributes: 0
		central.writeUInt32LE(REGULAR_FILE_644, 38);
		central.writeUInt32LE(offset, 42);
		centrals.push(central, nameBytes);

		offset += local.length + nameBytes.length + body.length;
		if (offset > 0xffffffff || entries.length > 0xffff) throw new Error('Too large for a ZIP without ZIP64.');
	}
	const directory = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(entries.length, 8);
	end.writeUInt16LE(entries.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, directory, end]);
}

/** Reads a ZIP written by createZip (or any ZIP without ZIP64 and encryption), checking every CRC. */
export function readZip(zip: Buffer): ZipEntry[] {
	let end = -1;
	for (let position = zip.length - 22; position >= Math.max(0, zip.length - 22 - 0xffff); position--) {
		if (zip.readUInt32LE(position) === 0x06054b50) {
			end = position;
			break;
		}
	}
	if (end < 0) throw new Error('Not a ZIP file (no end of central directory).');
	const count = zip.readUInt16LE(end + 10);
	let position = zip.readUInt32LE(end + 16);
	const entries: ZipEntry[] = [];
	for (let index = 0; index < count; index++) {
		if (zip.readUInt32LE(position) !== 0x02014b50) throw new Error('Corrupt ZIP central directory.');
		const method = zip.readUInt16LE(position + 10);
		const crc = zip.readUInt32LE(position + 16);
		const compressedSize = zip.readUInt32LE(position + 20);
		const nameLength = zip.readUInt16LE(position + 28);
		const extraLength = zip.readUInt16LE(position + 30);
		const commentLength = zip.readUInt16LE(position + 32);
		const localOffset = zip.readUInt32LE(position + 42);
		const name = zip.toString('utf8', position + 46, position + 46 + nameLength);
		position += 46 + nameLength + extraLength + commentLength;

		if (zip.readUInt32LE(localOffset) !== 0x04034b50) throw new Error(`Corrupt local header for ${name}.`);
		const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
		const body = zip.subarray(start, start + compressedSize);
		if (name.endsWith('/')) continue; // a directory entry
		const data = method === 8 ? inflateRawSync(body) : method === 0 ? Buffer.from(body) : undefined;
		if (data === undefined) throw new Error(`Unsupported compression method ${method} for ${name}.`);
		if (crc32(data) !== crc) throw new Error(`CRC mismatch for ${name}.`);
		entries.push({name, data});
	}
	return entries;
}
