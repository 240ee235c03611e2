import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {crc32, createZip, readZip} from '../../package/zip';

// The dependency-free ZIP writer behind `npm run package` (test/package/package.ts).

const WHEN = new Date('2026-03-12T09:30:00Z');
const entries = [
	{name: 'manifest.json', data: Buffer.from(JSON.stringify({manifest_version: 3, version: '0.1.0'}))},
	{name: '_locales/fr/messages.json', data: Buffer.from('{"extension_name":{"message":"eIAM Assist – délégation"}}')},
	{name: 'assets/big.js', data: Buffer.from('const a = 1;\n'.repeat(5_000))},
	{name: 'icons/icon-16.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 255])},
	{name: 'empty.txt', data: Buffer.alloc(0)},
];

describe('createZip / readZip', () => {
	test('CRC-32 matches the standard check value', () => {
		expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
	});

	test('round trip: the same names in order and the same bytes; text compresses', () => {
		const zip = createZip(entries, WHEN);
		expect(readZip(zip)).toEqual(entries);
		expect(zip.length).toBeLessThan(entries.reduce((sum, entry) => sum + entry.data.length, 0) / 10);
	});

	test('deterministic: the same files and time give the same bytes', () => {
		expect(createZip(entries, WHEN).equals(createZip(entries, WHEN))).toBe(true);
	});

	test('rejects names that would escape the archive or collide', () => {
		expect(() => createZip([{name: '../evil', data: Buffer.alloc(1)}], WHEN)).toThrow(/Invalid/);
		expect(() => createZip([{name: '/abs', data: Buffer.alloc(1)}], WHEN)).toThrow(/Invalid/);
		expect(() => createZip([{name: 'a\\b', data: Buffer.alloc(1)}], WHEN)).toThrow(/Invalid/);
		expect(() => createZip([entries[0]!, entries[0]!], WHEN)).toThrow(/Duplicate/);
	});

	test('a damaged archive is refused', () => {
		const zip = createZip(entries, WHEN);
		const damaged = Buffer.from(zip);
		damaged[60] = (damaged[60]! + 1) % 256; // inside the first entry's data
		expect(() => readZip(damaged)).toThrow();
		expect(() => readZip(Buffer.from('not a zip at all, just text'))).toThrow(/Not a ZIP/);
	});

	// Interoperability with Info-ZIP, when it is installed (Debian: apt-get install -y unzip).
	test.skipIf(!hasUnzip())('unzip -t accepts it and lists manifest.json at the root', () => {
		const dir = mkdtempSync(join(tmpdir(), 'zip-test-'));
		try {
			const path = join(dir, 'test.zip');
			writeFileSync(path, createZip(entries, WHEN));
			expect(execFileSync('unzip', ['-tq', path], {encoding: 'utf8'})).toContain('No errors detected');
			expect(execFileSync('unzip', ['-Z1', path], {encoding: 'utf8'}).split('\n')).toContain('manifest.json');
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	});
});

function hasUnzip(): boolean {
	try {
		execFileSync('unzip', ['-v'], {stdio: 'ignore'});
		return true;
	} catch {
		return false;
	}
}
