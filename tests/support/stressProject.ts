import { DECISION_STATUSES, ROADMAP_AREAS } from '../../shared/partC/roadmap';
import { deflateSync } from 'node:zlib';
import type { ForecastLine, Project } from '../../shared/project/schema';
import { templateProject } from './projects';

/**
 * A client the templates do not cover, built on Duna Cargo: 20 product groups whose names are
 * long Russian and German words, every channel priced for every group, a 40-line forecast over
 * ten years, an optional chapter included but empty, and a tall logo as a phone would take it.
 */

const GROUPS = [
  'Региональные дистрибьюторские соглашения',
  'Straßenbaumaschinenersatzteile',
  'Высокотемпературные теплоизоляционные материалы',
  'Donaudampfschifffahrtsgesellschaftsbedarf',
  'Железобетонные конструкции',
  'Verpackungsmaterialentsorgungsdienstleistungen',
  'Электротехническое оборудование',
  'Kühlkettenlogistikdienstleistungen',
  'Гидроизоляционные мембраны',
  'Schwerlasttransportgenehmigungen',
  'Строительно-монтажные работы',
  'Lagerverwaltungssystemlizenzen',
  'Металлоконструкции и профили',
  'Zollabfertigungsdienstleistungen',
  'Теплоэнергетическое оборудование',
  'Gefahrgutbeförderungsversicherungen',
  'Вентиляционные системы',
  'Baustellenlogistikkoordination',
  'Сантехническое оборудование',
  'Grenzüberschreitende Kontraktlogistik',
];

/** A PNG of `width` × `height` pixels in one colour, made here so the test needs no file. */
export function solidPng(width: number, height: number, rgb: [number, number, number] = [29, 78, 137]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (data: Buffer) => {
    let c = 0xffffffff;
    for (const byte of data) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from(rgb))]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

export function stressProject(): Project {
  const project = templateProject('duna-cargo');
  const groups = GROUPS.map((name, i) => ({ id: `pg-${i}`, name, description: '', listPrice: i % 4 ? 1_250_000_00 + i * 37_500_00 : null, unitCost: i % 4 ? 900_000_00 + i * 20_000_00 : null }));
  project.catalogues.productGroups = groups;
  project.policy.channelRules.pricing.adjustments = project.catalogues.channels.flatMap((channel, c) =>
    groups.map((group, g) => ({ channelId: channel.id, productGroupId: group.id, zoneId: '', percent: ((c * 7 + g * 3) % 25) - 12 + (g % 2 ? 0.5 : 0) })),
  );
  project.policy.distribution.priorityChannels = groups.map((group, i) => ({
    id: `pc-${i}`,
    productGroupId: group.id,
    territoryId: project.catalogues.territories[i % project.catalogues.territories.length]!.id,
    channelIds: [project.catalogues.channels[i % project.catalogues.channels.length]!.id],
    targetCustomerType: `${GROUPS[(i + 3) % GROUPS.length]} – Großhändler und Generalunternehmer`,
  }));
  const template = project.salesPlan.forecast.lines[0]!;
  project.meta.horizonYears = 10;
  project.salesPlan.forecast.lines = Array.from({ length: 40 }, (_, i): ForecastLine => ({
    ...template,
    id: `line-${i}`,
    name: `${GROUPS[i % GROUPS.length]}${i >= GROUPS.length ? ' (Export)' : ''}`,
    productGroupId: groups[i % groups.length]!.id,
    year1: template.year1.map((v, m) => Math.round(v * (0.2 + (i % 7) / 10) * (1 + ((m + i) % 5) / 20))),
    laterYears: Array.from({ length: 9 }, (_, k) => ({ mode: 'growth' as const, value: 3 + ((i + k) % 6) })),
  }));
  Object.assign(project.optionalChapters.vipProgramme, { included: true, body: [] });
  // Two years of monthly hiring (more intakes than the onboarding timeline charts) and a roadmap of
  // thirty long decisions in other scripts, before and after the document date, one without a deadline.
  project.optionalChapters.salesOrganisation.hiring = Array.from({ length: 24 }, (_, i) => ({ id: `hire-${i}`, date: `${2027 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-${i % 2 ? '15' : '01'}`, count: 1 + (i % 9) }));
  project.optionalChapters.implementation.decisions = Array.from({ length: 30 }, (_, i) => ({
    id: `decision-${i}`,
    area: ROADMAP_AREAS[i % ROADMAP_AREAS.length]!,
    decision: `${GROUPS[i % GROUPS.length]}: Vertriebsorganisation neu aufstellen und Zuständigkeiten für Großkunden festlegen ${i + 1}`,
    owner: i % 5 ? `Руководитель отдела ${i}` : '',
    deadline: i === 29 ? null : `${2026 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-28`,
    status: DECISION_STATUSES[i % DECISION_STATUSES.length]!,
  }));
  project.meta.branding.logo = { mediaType: 'image/png', data: solidPng(600, 1400).toString('base64') };
  return project;
}
