// npm run release: what a site owner or a packager downloads, written to release/: the package
// as npm would install it (npm pack), the CDN files (dist/cdn/, every script and its source map)
// as alliance-elements-<version>-cdn.zip, and SHA256SUMS for both (`sha256sum -c SHA256SUMS`).
// Builds first. The zip is written here with node:zlib, so a release needs nothing but Node and
// npm. Its entries are sorted and dated like npm's tarball, so the same build gives the same zip.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'release');
const cdn = join(root, 'dist', 'cdn');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(args, options = {}) {
  const result = spawnSync(npm, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32', ...options });
  if (result.status !== 0) {
    if (result.stdout) process.stdout.write(result.stdout);
    console.error(`release: \`npm ${args.join(' ')}\` failed`);
    process.exit(result.status ?? 1);
  }
  return result;
}

run(['run', 'build']);
rmSync(out, { recursive: true, force: true });
mkdirSync(out);
// The prepack script checks that every file package.json names is there.
run(['pack', '--pack-destination', out, '--loglevel', 'warn'], { stdio: ['ignore', 'pipe', 'inherit'] });
const tarball = `${pkg.name.replace(/^@/, '').replace('/', '-')}-${pkg.version}.tgz`;

// A ZIP archive (PKWARE APPNOTE): a local header and the data for each file, then the central
// directory (one record per file, pointing back at its local header), then its end record.
function zip(files) {
  const DOS_TIME = (8 << 11) | (15 << 5); // 08:15:00, the time npm gives every file it packs
  const DOS_DATE = ((1985 - 1980) << 9) | (10 << 5) | 26; // 1985-10-26
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length; // keep a file that would not shrink as it is
    const body = stored ? data : deflated;
    if (offset + 30 + nameBytes.length + body.length > 0xffffffff) throw new Error('release: the zip would need ZIP64');
    const fields = (header) => {
      header.writeUInt16LE(20, 0); // version needed to extract: 2.0 (deflate)
      header.writeUInt16LE(0x0800, 2); // flags: the name is UTF-8
      header.writeUInt16LE(stored ? 0 : 8, 4); // method: stored or deflate
      header.writeUInt16LE(DOS_TIME, 6);
      header.writeUInt16LE(DOS_DATE, 8);
      header.writeUInt32LE(crc32(data), 10);
      header.writeUInt32LE(body.length, 14);
      header.writeUInt32LE(data.length, 18);
      header.writeUInt16LE(nameBytes.length, 22);
      header.writeUInt16LE(0, 24); // no extra field
      return header;
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local.subarray(4));
    locals.push(local, nameBytes, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
    fields(central.subarray(6));
    // comment length, disk number and internal attributes stay 0
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external attributes: a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  if (files.length > 0xffff) throw new Error('release: the zip would need ZIP64');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8); // entries on this disk
  end.writeUInt16LE(files.length, 10); // entries in all
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16); // where the central directory starts
  return Buffer.concat([...locals, directory, end]);
}

const names = readdirSync(cdn, { recursive: true })
  .map(String)
  .filter((name) => statSync(join(cdn, name)).isFile())
  .map((name) => name.split(sep).join('/'))
  .sort();
const archive = `${pkg.name.replace(/^@/, '').replace('/', '-')}-${pkg.version}-cdn.zip`;
writeFileSync(join(out, archive), zip(names.map((name) => ({ name, data: readFileSync(join(cdn, name)) }))));

const sha256 = (file) => createHash('sha256').update(readFileSync(join(out, file))).digest('hex');
writeFileSync(join(out, 'SHA256SUMS'), [tarball, archive].map((file) => `${sha256(file)}  ${file}\n`).join(''));

const size = (file) => statSync(join(out, file)).size;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const where = (file) => relative(process.cwd(), join(out, file)) || file;
console.log('');
console.log(`${where(tarball).padEnd(48)} ${kb(size(tarball)).padStart(9)}  the npm package`);
console.log(`${where(archive).padEnd(48)} ${kb(size(archive)).padStart(9)}  ${names.length} files of dist/cdn/`);
console.log(`${where('SHA256SUMS').padEnd(48)} ${`${size('SHA256SUMS')} B`.padStart(9)}  check with: cd release && sha256sum -c SHA256SUMS`);
