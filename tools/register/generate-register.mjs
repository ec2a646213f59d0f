#!/usr/bin/env node
/**
 * Writes realistic synthetic target-group register files (CSV or XLSX) of any size, for tests, the
 * demo and benchmarks. Deterministic by seed, streamed to disk row by row (bounded memory for
 * millions of rows). Every citizen number passes the eleven-test and is unique within a file (up to
 * 9 million rows); postcodes and coordinates fit the labour market region; legal grounds fit the
 * target group. All people are made up.
 *
 *   node tools/register/generate-register.mjs --rows 300000 --out /tmp/register.csv \
 *     [--seed 42] [--bad-every 1000] [--xlsx] [--delimiter ';']
 *
 * As a module: generateRegisterRows(count, seed, { badRowEvery }) yields row objects keyed by the
 * register columns; writeRegisterCsv / writeRegisterXlsx(path, count, { seed, badRowEvery })
 * write a file and resolve to { rows, badRows }.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export const REGISTER_COLUMNS = [
  'bsn',
  'first_name',
  'last_name',
  'date_of_birth',
  'target_group',
  'legal_ground',
  'register_start_date',
  'register_end_date',
  'email',
  'phone',
  'postcode',
  'latitude',
  'longitude',
  'labour_market_region',
  'education_level',
];

const FIRST_NAMES = [
  'Sanne',
  'Lotte',
  'Emma',
  'Julia',
  'Sophie',
  'Tess',
  'Anna',
  'Fleur',
  'Lisa',
  'Eva',
  'Sara',
  'Noa',
  'Lieke',
  'Iris',
  'Femke',
  'Anouk',
  'Maud',
  'Roos',
  'Esmee',
  'Demi',
  'Naomi',
  'Yara',
  'Fatima',
  'Amira',
  'Nour',
  'Aylin',
  'Elif',
  'Priya',
  'Chantal',
  'Ingrid',
  'Marieke',
  'Petra',
  'Wendy',
  'Monique',
  'Sandra',
  'Ilse',
  'Kim',
  'Mirjam',
  'Hanneke',
  'Joyce',
  'Bram',
  'Daan',
  'Sem',
  'Lucas',
  'Milan',
  'Levi',
  'Thijs',
  'Jesse',
  'Ruben',
  'Luuk',
  'Stijn',
  'Tim',
  'Niels',
  'Jeroen',
  'Bas',
  'Koen',
  'Sander',
  'Wouter',
  'Joost',
  'Pieter',
  'Kees',
  'Henk',
  'Gerrit',
  'Jan',
  'Willem',
  'Dirk',
  'Hans',
  'Marco',
  'Patrick',
  'Dennis',
  'Mohamed',
  'Ahmed',
  'Youssef',
  'Ibrahim',
  'Mehmet',
  'Emre',
  'Omar',
  'Bilal',
  'Rachid',
  'Hamza',
  'Kevin',
  'Mike',
  'Rick',
  'Jordy',
  'Tygo',
  'Finn',
  'Jayden',
  'Dylan',
  'Gijs',
  'Max',
  'Rutger',
  'Maarten',
  'Erik',
  'Arjen',
  'Frank',
  'Vincent',
  'Rogier',
  'Ferdi',
  'Rinus',
  'Sjoerd',
];

const LAST_NAMES = [
  'de Jong',
  'Jansen',
  'de Vries',
  'van den Berg',
  'van Dijk',
  'Bakker',
  'Janssen',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Smits',
  'de Graaf',
  'van der Meer',
  'van der Linden',
  'Kok',
  'Jacobs',
  'de Haan',
  'Vermeulen',
  'van den Heuvel',
  'van der Veen',
  'van den Broek',
  'de Bruijn',
  'de Bruin',
  'van der Heijden',
  'Schouten',
  'van Beek',
  'Willems',
  'van Vliet',
  'van de Ven',
  'Hoekstra',
  'Maas',
  'Verhoeven',
  'Koster',
  'van Dam',
  'van der Wal',
  'Prins',
  'Blom',
  'Huisman',
  'Peeters',
  'de Lange',
  'Kuipers',
  'van Wijk',
  'Post',
  'Kuiper',
  'Veenstra',
  'Kramer',
  'van den Brink',
  'Scholten',
  'van Wijngaarden',
  'Martens',
  'Vink',
  'de Ruiter',
  'van der Laan',
  'Timmermans',
  'Groen',
  'Gerritsen',
  'Jonker',
  'van Loon',
  'Boer',
  'van der Velde',
  'Willemsen',
  'Claassen',
  'van Dongen',
  'Evers',
  'Sanders',
  'El Amrani',
  'Bouzid',
  'Yilmaz',
  'Kaya',
  'Demir',
  'Öztürk',
  'El Idrissi',
  'Benali',
  'Ramdin',
  'Sewdien',
  'Nguyen',
  'Kowalski',
  'Wiśniewski',
  'Nijholt',
  'ter Horst',
  'in het Veld',
  'van Rijn',
  'op den Kamp',
  'van Oosten',
  'Zijlstra',
  'Haverkamp',
  'Brinkman',
  'Lubbers',
];

/**
 * The 35 labour market regions with a postcode range that lies in them (a representative range,
 * not the full set) and an approximate centre; the weight follows the population roughly.
 */
export const REGIONS = [
  {
    region: 'groningen',
    from: 9700,
    to: 9999,
    lat: 53.22,
    lon: 6.57,
    weight: 4,
  },
  { region: 'friesland', from: 8400, to: 9299, lat: 53.1, lon: 5.8, weight: 4 },
  { region: 'drenthe', from: 7800, to: 7999, lat: 52.85, lon: 6.6, weight: 3 },
  {
    region: 'regio_zwolle',
    from: 8000,
    to: 8199,
    lat: 52.51,
    lon: 6.09,
    weight: 4,
  },
  {
    region: 'stedendriehoek_noordwest_veluwe',
    from: 7300,
    to: 7399,
    lat: 52.21,
    lon: 5.97,
    weight: 4,
  },
  { region: 'twente', from: 7500, to: 7699, lat: 52.25, lon: 6.8, weight: 4 },
  {
    region: 'achterhoek',
    from: 7000,
    to: 7299,
    lat: 51.97,
    lon: 6.5,
    weight: 2,
  },
  {
    region: 'midden_gelderland',
    from: 6800,
    to: 6899,
    lat: 51.98,
    lon: 5.91,
    weight: 4,
  },
  {
    region: 'rijk_van_nijmegen',
    from: 6500,
    to: 6599,
    lat: 51.84,
    lon: 5.86,
    weight: 3,
  },
  {
    region: 'foodvalley',
    from: 6700,
    to: 6799,
    lat: 52.04,
    lon: 5.66,
    weight: 2,
  },
  {
    region: 'midden_utrecht',
    from: 3500,
    to: 3599,
    lat: 52.09,
    lon: 5.12,
    weight: 6,
  },
  {
    region: 'amersfoort',
    from: 3800,
    to: 3899,
    lat: 52.16,
    lon: 5.39,
    weight: 2,
  },
  {
    region: 'noord_holland_noord',
    from: 1700,
    to: 1899,
    lat: 52.63,
    lon: 4.75,
    weight: 3,
  },
  {
    region: 'zaanstreek_waterland',
    from: 1500,
    to: 1599,
    lat: 52.44,
    lon: 4.83,
    weight: 2,
  },
  {
    region: 'zuid_kennemerland_ijmond',
    from: 2000,
    to: 2099,
    lat: 52.38,
    lon: 4.64,
    weight: 3,
  },
  {
    region: 'groot_amsterdam',
    from: 1000,
    to: 1109,
    lat: 52.37,
    lon: 4.9,
    weight: 8,
  },
  {
    region: 'gooi_vechtstreek',
    from: 1200,
    to: 1299,
    lat: 52.22,
    lon: 5.17,
    weight: 2,
  },
  {
    region: 'zuid_holland_centraal',
    from: 2700,
    to: 2799,
    lat: 52.06,
    lon: 4.49,
    weight: 2,
  },
  {
    region: 'holland_rijnland',
    from: 2300,
    to: 2399,
    lat: 52.16,
    lon: 4.49,
    weight: 3,
  },
  {
    region: 'haaglanden',
    from: 2490,
    to: 2599,
    lat: 52.07,
    lon: 4.3,
    weight: 6,
  },
  {
    region: 'midden_holland',
    from: 2800,
    to: 2899,
    lat: 52.01,
    lon: 4.71,
    weight: 2,
  },
  {
    region: 'rijnmond',
    from: 3000,
    to: 3099,
    lat: 51.92,
    lon: 4.48,
    weight: 8,
  },
  {
    region: 'drechtsteden',
    from: 3300,
    to: 3399,
    lat: 51.81,
    lon: 4.67,
    weight: 2,
  },
  {
    region: 'gorinchem',
    from: 4200,
    to: 4299,
    lat: 51.83,
    lon: 4.97,
    weight: 1,
  },
  { region: 'zeeland', from: 4300, to: 4599, lat: 51.5, lon: 3.61, weight: 2 },
  {
    region: 'west_brabant',
    from: 4600,
    to: 4899,
    lat: 51.59,
    lon: 4.78,
    weight: 4,
  },
  {
    region: 'midden_brabant',
    from: 5000,
    to: 5099,
    lat: 51.56,
    lon: 5.09,
    weight: 3,
  },
  {
    region: 'noordoost_brabant',
    from: 5200,
    to: 5399,
    lat: 51.69,
    lon: 5.3,
    weight: 4,
  },
  {
    region: 'zuidoost_brabant',
    from: 5600,
    to: 5699,
    lat: 51.44,
    lon: 5.48,
    weight: 4,
  },
  {
    region: 'helmond_de_peel',
    from: 5700,
    to: 5799,
    lat: 51.48,
    lon: 5.66,
    weight: 2,
  },
  {
    region: 'noord_limburg',
    from: 5900,
    to: 5999,
    lat: 51.37,
    lon: 6.17,
    weight: 2,
  },
  {
    region: 'midden_limburg',
    from: 6000,
    to: 6099,
    lat: 51.25,
    lon: 5.71,
    weight: 1,
  },
  {
    region: 'zuid_limburg',
    from: 6200,
    to: 6499,
    lat: 50.85,
    lon: 5.69,
    weight: 4,
  },
  {
    region: 'flevoland',
    from: 1300,
    to: 1399,
    lat: 52.37,
    lon: 5.22,
    weight: 3,
  },
  {
    region: 'rivierenland',
    from: 4000,
    to: 4099,
    lat: 51.89,
    lon: 5.43,
    weight: 2,
  },
];

/** Target groups with a plausible share of the register and the legal grounds that fit them. */
const TARGET_GROUPS = [
  {
    group: 'cannot_earn_minimum_wage',
    weight: 34,
    grounds: [
      ['uwv_assessment', 7],
      ['practical_route', 3],
    ],
  },
  {
    group: 'school_leaver_vso_pro',
    weight: 24,
    grounds: [['vso_pro_school', 1]],
  },
  { group: 'wsw_indication', weight: 12, grounds: [['wsw_indication', 1]] },
  { group: 'wajong_work_capacity', weight: 22, grounds: [['wajong', 1]] },
  { group: 'former_wiw_id', weight: 3, grounds: [['wiw_id', 1]] },
  {
    group: 'minimum_wage_with_provision',
    weight: 5,
    grounds: [['workplace_provision', 1]],
  },
];

/** Many without a starting qualification; empty = not known (as in UWV's data, often). */
const EDUCATION = [
  ['none', 24],
  ['mbo1', 24],
  ['mbo2', 22],
  ['mbo3', 8],
  ['mbo4', 6],
  ['hbo', 3],
  ['wo', 1],
  ['', 12],
];
const SCHOOL_LEAVER_EDUCATION = [
  ['none', 45],
  ['mbo1', 35],
  ['mbo2', 12],
  ['', 8],
];

/** Letter pairs not used in Dutch postcodes. */
const POSTCODE_LETTERS = 'ABCDEFGHJKLMNPRSTVWXZ';
const EXCLUDED_LETTER_PAIRS = new Set(['SA', 'SD', 'SS']);

const DAY_MS = 86_400_000;
const REGISTER_FROM = Date.UTC(2015, 4, 1);
const REGISTER_TO = Date.UTC(2025, 11, 31);

/** mulberry32: tiny, fast, good enough for test data and identical on every platform. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted(entries, weightOf) {
  const total = entries.reduce((sum, entry) => sum + weightOf(entry), 0);
  return (rand) => {
    let pick = rand() * total;
    for (const entry of entries) {
      pick -= weightOf(entry);
      if (pick < 0) return entry;
    }
    return entries[entries.length - 1];
  };
}

const pickRegion = weighted(REGIONS, (entry) => entry.weight);
const pickGroup = weighted(TARGET_GROUPS, (entry) => entry.weight);
const pickEducation = weighted(EDUCATION, (entry) => entry[1]);
const pickLeaverEducation = weighted(
  SCHOOL_LEAVER_EDUCATION,
  (entry) => entry[1],
);

const BSN_SPACE = 9_000_000;
/** Coprime with BSN_SPACE (2^6 * 3^2 * 5^6), so index -> a*index+b is a permutation of the space. */
const BSN_STRIDE = 4_999_999;

/**
 * The i-th citizen number of a file: seven leading digits from a permutation of the index (so
 * unique within a file), the eighth chosen so that the ninth, the check digit, is a single digit.
 */
export function bsnFor(index, seed) {
  const base = 1_000_000 + ((BSN_STRIDE * index + seed * 7_919) % BSN_SPACE);
  const digits = String(base).split('').map(Number);
  const partial = digits.reduce((sum, digit, i) => sum + digit * (9 - i), 0);
  for (let step = 0; step < 10; step++) {
    const eighth = (index + step) % 10;
    const check = (partial + 2 * eighth) % 11;
    if (check <= 9) return `${base}${eighth}${check}`;
  }
  throw new Error('unreachable: some eighth digit always gives a check digit');
}

/** The eleven-test, as the product applies it. */
export function isValidBsn(bsn) {
  if (!/^\d{9}$/.test(bsn) || bsn === '000000000') return false;
  const digits = bsn.split('').map(Number);
  const sum =
    digits.slice(0, 8).reduce((total, digit, i) => total + digit * (9 - i), 0) -
    digits[8];
  return sum % 11 === 0;
}

const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10);

function emailLocal(text) {
  return text
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(/[^\x20-\x7e]/g, '')
    .toLowerCase();
}

/**
 * Yields `count` register rows, deterministic for a seed. With `badRowEvery` = n, every n-th row
 * (n, 2n, ...) carries one error in turn: a citizen number failing the eleven-test, an unknown
 * target group, or an impossible date.
 */
export function* generateRegisterRows(
  count,
  seed = 42,
  { badRowEvery = 0 } = {},
) {
  const rand = random(seed);
  const int = (from, to) => from + Math.floor(rand() * (to - from + 1));
  for (let index = 0; index < count; index++) {
    const firstName = FIRST_NAMES[int(0, FIRST_NAMES.length - 1)];
    const lastName = LAST_NAMES[int(0, LAST_NAMES.length - 1)];
    const { group, grounds } = pickGroup(rand);
    const legalGround = weighted(grounds, (entry) => entry[1])(rand)[0];
    const start =
      REGISTER_FROM +
      Math.floor(rand() * ((REGISTER_TO - REGISTER_FROM) / DAY_MS)) * DAY_MS;
    const ageAtStart =
      group === 'school_leaver_vso_pro' ? int(16, 20) : int(18, 60);
    const birth = start - (ageAtStart * 365.25 + int(0, 364)) * DAY_MS;
    // About one in ten has left the register (e.g. two years after earning the minimum wage).
    const end = rand() < 0.1 ? start + int(365, 6 * 365) * DAY_MS : null;
    const region = pickRegion(rand);
    let letters;
    do {
      letters =
        POSTCODE_LETTERS[int(0, POSTCODE_LETTERS.length - 1)] +
        POSTCODE_LETTERS[int(0, POSTCODE_LETTERS.length - 1)];
    } while (EXCLUDED_LETTER_PAIRS.has(letters));
    const education = (
      group === 'school_leaver_vso_pro' ? pickLeaverEducation : pickEducation
    )(rand)[0];
    const row = {
      bsn: bsnFor(index, seed),
      first_name: firstName,
      last_name: lastName,
      date_of_birth: rand() < 0.95 ? isoDate(birth) : '',
      target_group: group,
      legal_ground: legalGround,
      register_start_date: isoDate(start),
      register_end_date: end === null ? '' : isoDate(end),
      email:
        rand() < 0.6
          ? `${emailLocal(firstName)}.${emailLocal(lastName)}${index}@example.com`
          : '',
      phone: rand() < 0.7 ? `06-${String(int(10_000_000, 99_999_999))}` : '',
      postcode: rand() < 0.92 ? `${int(region.from, region.to)}${letters}` : '',
      latitude: '',
      longitude: '',
      labour_market_region: region.region,
      education_level: education,
    };
    if (row.postcode) {
      row.latitude = (region.lat + (rand() - 0.5) * 0.16).toFixed(5);
      row.longitude = (region.lon + (rand() - 0.5) * 0.24).toFixed(5);
    }
    if (badRowEvery > 0 && (index + 1) % badRowEvery === 0) {
      const kind = ((index + 1) / badRowEvery) % 3;
      if (kind === 1) {
        const last = Number(row.bsn[8]);
        row.bsn = row.bsn.slice(0, 8) + String((last + 1) % 10);
      } else if (kind === 2) row.target_group = 'unknown_group';
      else
        row.register_start_date = `${row.register_start_date.slice(0, 4)}-02-30`;
    }
    yield row;
  }
}

function csvCell(value, delimiter) {
  const text = String(value);
  return text.includes(delimiter) || text.includes('"') || text.includes('\n')
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

/** Streams a CSV (header + rows) to `path`, honouring backpressure. */
export async function writeRegisterCsv(
  path,
  count,
  { seed = 42, badRowEvery = 0, delimiter = ',' } = {},
) {
  const out = createWriteStream(path);
  const failed = once(out, 'error').then(([error]) => {
    throw error;
  });
  failed.catch(() => undefined);
  const write = async (text) => {
    if (!out.write(text)) await Promise.race([once(out, 'drain'), failed]);
  };
  await write(`${REGISTER_COLUMNS.join(delimiter)}\n`);
  let buffer = '';
  let badRows = 0;
  let index = 0;
  for (const row of generateRegisterRows(count, seed, { badRowEvery })) {
    index++;
    if (badRowEvery > 0 && index % badRowEvery === 0) badRows++;
    buffer += `${REGISTER_COLUMNS.map((column) => csvCell(row[column], delimiter)).join(delimiter)}\n`;
    if (buffer.length >= 64 * 1024) {
      await write(buffer);
      buffer = '';
    }
  }
  if (buffer) await write(buffer);
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
  return { rows: count, badRows };
}

/** Streams an XLSX (first sheet, header row first, every cell text) with exceljs's WorkbookWriter. */
export async function writeRegisterXlsx(
  path,
  count,
  { seed = 42, badRowEvery = 0 } = {},
) {
  const require = createRequire(import.meta.url);
  const ExcelJS = require('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('register');
  sheet.addRow(REGISTER_COLUMNS).commit();
  let badRows = 0;
  let index = 0;
  for (const row of generateRegisterRows(count, seed, { badRowEvery })) {
    index++;
    if (badRowEvery > 0 && index % badRowEvery === 0) badRows++;
    sheet.addRow(REGISTER_COLUMNS.map((column) => row[column])).commit();
  }
  await sheet.commit();
  await workbook.commit();
  return { rows: count, badRows };
}

function parseArgs(argv) {
  const options = {
    rows: 1000,
    out: null,
    seed: 42,
    badEvery: 0,
    xlsx: false,
    delimiter: ',',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--rows') options.rows = Number(value());
    else if (arg === '--out') options.out = value();
    else if (arg === '--seed') options.seed = Number(value());
    else if (arg === '--bad-every') options.badEvery = Number(value());
    else if (arg === '--delimiter') options.delimiter = value();
    else if (arg === '--xlsx') options.xlsx = true;
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!options.out) throw new Error('--out <path> is required');
  if (!Number.isInteger(options.rows) || options.rows < 0)
    throw new Error('--rows must be a whole number');
  if (options.rows > BSN_SPACE)
    throw new Error(
      `--rows can be at most ${BSN_SPACE} (unique citizen numbers)`,
    );
  return options;
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(
      `${error.message}\nusage: node tools/register/generate-register.mjs --rows N --out PATH [--seed 42] [--bad-every N] [--xlsx] [--delimiter ';']`,
    );
    process.exit(2);
  }
  const started = Date.now();
  const write = options.xlsx ? writeRegisterXlsx : writeRegisterCsv;
  const result = await write(options.out, options.rows, {
    seed: options.seed,
    badRowEvery: options.badEvery,
    delimiter: options.delimiter,
  });
  console.log(
    `wrote ${result.rows} rows (${result.badRows} bad) to ${options.out} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (
  process.argv[1] &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
