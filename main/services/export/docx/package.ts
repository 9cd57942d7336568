import { createHash } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';
import { Zip, strFromU8, strToU8, unzipSync, type ZipInputFile } from 'fflate';

/**
 * Finishes the package docx writes: the document's company and language (which docx does not
 * write), and the embedded fonts. The fonts are 1.6 MB that would be compressed again for every
 * export; here each is obfuscated with a key of its own (ECMA-376 Part 1, §17.8.1) and
 * compressed once per process, and only the XML parts are compressed per export (by Node's
 * zlib; fflate assembles the archive).
 */

export interface EmbeddedFamily {
  name: string;
  faces: { kind: 'Regular' | 'Bold' | 'Italic' | 'BoldItalic'; data: Buffer }[];
}

interface PreparedFont {
  key: string;
  crc: number;
  size: number;
  deflated: Uint8Array;
}

const prepared = new WeakMap<Buffer, PreparedFont>();

/** The obfuscation key: a GUID from the font's own hash, so the same font is always stored the same way. */
const keyOf = (data: Buffer) => {
  const hex = createHash('sha256').update(data).digest('hex').slice(0, 32).toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}}`;
};

/** ECMA-376 font obfuscation: the first 32 bytes XORed with the key's bytes, in reverse order. */
function obfuscate(data: Buffer, key: string): Buffer {
  const bytes = (key.replace(/[{}-]/g, '').match(/../g) ?? []).map((h) => Number.parseInt(h, 16)).reverse();
  const out = Buffer.from(data);
  for (let i = 0; i < 32 && i < out.length; i++) out[i] = out[i]! ^ bytes[i % 16]!;
  return out;
}

function prepare(data: Buffer): PreparedFont {
  let font = prepared.get(data);
  if (!font) {
    const key = keyOf(data);
    const obfuscated = obfuscate(data, key);
    font = { key, crc: crc32(obfuscated), size: obfuscated.length, deflated: deflateRawSync(obfuscated, { level: 6 }) };
    prepared.set(data, font);
  }
  return font;
}

/** A file of the archive whose data is already deflated. */
function deflatedEntry(filename: string, entry: { crc: number; size: number; deflated: Uint8Array }): ZipInputFile & { send(): void } {
  const file: ZipInputFile & { send(): void } = {
    filename,
    size: entry.size,
    crc: entry.crc,
    compression: 8,
    send() {
      file.ondata?.(null, entry.deflated as Uint8Array<ArrayBuffer>, true);
    },
  };
  return file;
}

/**
 * The colour a chart series is given to be drawn without fill (a timeline's offsets): docx writes
 * every series with a solid fill, so the package swaps this one for none.
 */
export const NO_FILL_COLOUR = 'FEFEFE';
const NO_FILL_SERIES = `<a:solidFill><a:srgbClr val="${NO_FILL_COLOUR}"/></a:solidFill>`;

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
const FONT_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/font';

export function finishPackage(docx: Buffer, properties: { company: string; languageTag: string; fonts: EmbeddedFamily[] }): Buffer {
  const files = unzipSync(docx);
  const edit = (name: string, change: (xml: string) => string) => {
    const file = files[name];
    if (file) files[name] = strToU8(change(strFromU8(file)));
  };
  edit('docProps/app.xml', (xml) =>
    xml.replace(/<Properties([^>]*?)\/>|<Properties([^>]*)>/, (_m, empty: string | undefined, open: string | undefined) => {
      const inner = `<Application>Commercial Policy Builder</Application><Company>${escapeXml(properties.company)}</Company>`;
      return empty !== undefined ? `<Properties${empty}>${inner}</Properties>` : `<Properties${open}>${inner}`;
    }),
  );
  for (const name of Object.keys(files).filter((n) => /^word\/charts\/chart\d+\.xml$/.test(n))) edit(name, (xml) => xml.replaceAll(NO_FILL_SERIES, '<a:noFill/>'));
  edit('docProps/core.xml', (xml) => xml.replace('</cp:coreProperties>', `<dc:language>${escapeXml(properties.languageTag)}</dc:language></cp:coreProperties>`));

  // The fonts: one part per face, listed in the font table with the key it is obfuscated with.
  const fontParts: { path: string; font: PreparedFont }[] = [];
  const relationships: string[] = [];
  const fontElements = properties.fonts.map((family) => {
    const embeds = family.faces.map((face) => {
      const font = prepare(face.data);
      const id = `rId${fontParts.length + 1}`;
      fontParts.push({ path: `word/fonts/font${fontParts.length + 1}.odttf`, font });
      relationships.push(`<Relationship Id="${id}" Type="${FONT_RELATIONSHIP}" Target="fonts/font${fontParts.length}.odttf"/>`);
      return `<w:embed${face.kind} r:id="${id}" w:fontKey="${font.key}"/>`;
    });
    return `<w:font w:name="${escapeXml(family.name)}"><w:charset w:val="00"/><w:family w:val="auto"/><w:pitch w:val="variable"/>${embeds.join('')}</w:font>`;
  });
  files['word/fontTable.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fontElements.join('')}</w:fonts>`,
  );
  files['word/_rels/fontTable.xml.rels'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join('')}</Relationships>`);
  edit('[Content_Types].xml', (xml) =>
    xml.includes('Extension="odttf"') ? xml : xml.replace('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">', (open) => `${open}<Default ContentType="application/vnd.openxmlformats-officedocument.obfuscatedFont" Extension="odttf"/>`),
  );
  edit('word/settings.xml', (xml) => (xml.includes('<w:embedTrueTypeFonts') ? xml : xml.replace(/<w:displayBackgroundShape\/>|(<w:settings[^>]*>)/, (match) => `${match}<w:embedTrueTypeFonts/>`)));

  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const add = (filename: string, entry: { crc: number; size: number; deflated: Uint8Array }) => {
    const file = deflatedEntry(filename, entry);
    zip.add(file);
    file.send();
  };
  // [Content_Types].xml first, as Office writes it.
  const names = Object.keys(files).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0));
  for (const name of names) {
    const data = files[name]!;
    add(name, { crc: crc32(data), size: data.length, deflated: deflateRawSync(data, { level: 6 }) });
  }
  for (const { path, font } of fontParts) add(path, font);
  zip.end();
  return Buffer.concat(chunks);
}
