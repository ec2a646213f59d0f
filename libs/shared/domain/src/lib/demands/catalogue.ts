/** The one versioned catalogue of demand dimensions, grouped by the FML rubrics I-V. */
import { LocalisedText } from './levels';

/**
 * Bump when a key is added, removed or a level changes meaning: stored ratings carry the version
 * they were made with, so old profiles can still be read correctly.
 */
export const DEMAND_CATALOGUE_VERSION = 1;

/**
 * Rubrics of UWV's Functional Abilities List (FML). Rubric VI (working hours) is deliberately
 * absent: hours are numbers, not levels, and live in working-hours.ts.
 */
export const FML_RUBRICS = ['I', 'II', 'III', 'IV', 'V'] as const;
export type FmlRubric = (typeof FML_RUBRICS)[number];

export const FML_RUBRIC_LABELS: Readonly<Record<FmlRubric, LocalisedText>> =
  /* @__PURE__ */ Object.freeze({
    I: Object.freeze({
      nl: 'Persoonlijk functioneren',
      en: 'Personal functioning',
    }),
    II: Object.freeze({ nl: 'Sociaal functioneren', en: 'Social functioning' }),
    III: Object.freeze({
      nl: 'Aanpassing aan fysieke omgevingseisen',
      en: 'Adapting to the physical environment',
    }),
    IV: Object.freeze({ nl: 'Dynamische handelingen', en: 'Dynamic actions' }),
    V: Object.freeze({ nl: 'Statische houdingen', en: 'Static postures' }),
  });

interface DimensionDefinition {
  readonly key: string;
  readonly rubric: FmlRubric;
  readonly label: LocalisedText;
  /** What a task asks at demand 0, 1 and 2; index = level. */
  readonly levels: readonly [LocalisedText, LocalisedText, LocalisedText];
}

const DIMENSIONS = [
  // I - personal functioning
  {
    key: 'concentration',
    rubric: 'I',
    label: { nl: 'Concentratie', en: 'Concentration' },
    // Thresholds mirror the FML (limited = at most half an hour, strongly limited = at most 5
    // minutes), so demand + limitation <= 2 agrees with the UWV assessment.
    levels: [
      {
        nl: 'Korte taken; hooguit 5 minuten achter elkaar geconcentreerd werken.',
        en: 'Short tasks; focused work for at most 5 minutes at a time.',
      },
      {
        nl: 'Tot een half uur achter elkaar geconcentreerd werken.',
        en: 'Focused work for up to half an hour at a time.',
      },
      {
        nl: 'Langer dan een half uur achter elkaar geconcentreerd werken.',
        en: 'Focused work for longer than half an hour at a time.',
      },
    ],
  },
  {
    key: 'divided_attention',
    rubric: 'I',
    label: { nl: 'Verdelen van aandacht', en: 'Divided attention' },
    levels: [
      { nl: 'Eén ding tegelijk doen.', en: 'One thing at a time.' },
      {
        nl: 'Af en toe twee dingen tegelijk in de gaten houden.',
        en: 'Now and then keeping an eye on two things at once.',
      },
      {
        nl: 'Voortdurend meerdere dingen tegelijk volgen, zoals telefoon en balie.',
        en: 'Constantly following several things at once, such as phone and front desk.',
      },
    ],
  },
  {
    key: 'independence',
    rubric: 'I',
    label: { nl: 'Zelfstandigheid', en: 'Independence' },
    levels: [
      {
        nl: 'Werken volgens een vaste instructie; er is altijd iemand om te vragen.',
        en: 'Working to a fixed instruction; someone is always available to ask.',
      },
      {
        nl: 'Binnen duidelijke afspraken zelf volgorde en aanpak kiezen.',
        en: 'Choosing order and approach oneself within clear agreements.',
      },
      {
        nl: 'Zelf beslissen, prioriteren en problemen oplossen zonder direct toezicht.',
        en: 'Deciding, prioritising and solving problems without direct supervision.',
      },
    ],
  },
  {
    key: 'predictability',
    rubric: 'I',
    label: { nl: 'Voorspelbaarheid', en: 'Predictability' },
    // Rated as a demand: the less predictable the work, the higher the level.
    levels: [
      {
        nl: 'Elke dag hetzelfde werk in dezelfde volgorde.',
        en: 'The same work in the same order every day.',
      },
      {
        nl: 'Meestal vaste taken; wijzigingen worden vooraf aangekondigd.',
        en: 'Mostly fixed tasks; changes are announced in advance.',
      },
      {
        nl: 'Het werk wisselt vaak en onverwacht.',
        en: 'The work changes often and without warning.',
      },
    ],
  },
  {
    key: 'work_pace',
    rubric: 'I',
    label: { nl: 'Werktempo', en: 'Work pace' },
    levels: [
      {
        nl: 'Eigen tempo; niemand wacht direct op het resultaat.',
        en: 'Own pace; no one is waiting directly for the result.',
      },
      {
        nl: 'Normaal tempo met een gewone hoeveelheid werk per dag.',
        en: 'Normal pace with an ordinary amount of work per day.',
      },
      {
        nl: "Hoog tempo, opgelegd door een machine, klanten of collega's.",
        en: 'High pace set by a machine, customers or colleagues.',
      },
    ],
  },
  {
    key: 'deadlines_and_peaks',
    rubric: 'I',
    label: { nl: 'Deadlines en piekdrukte', en: 'Deadlines and peaks' },
    levels: [
      {
        nl: 'Geen deadlines; het werk is gelijkmatig verdeeld.',
        en: 'No deadlines; the work is spread evenly.',
      },
      {
        nl: 'Af en toe een deadline of drukke periode, ruim vooraf bekend.',
        en: 'An occasional deadline or busy period, known well in advance.',
      },
      {
        nl: 'Regelmatig harde deadlines of onverwachte pieken.',
        en: 'Regular hard deadlines or unexpected peaks.',
      },
    ],
  },
  {
    key: 'interruptions',
    rubric: 'I',
    label: { nl: 'Onderbrekingen', en: 'Interruptions' },
    levels: [
      {
        nl: 'Het werk kan zonder storingen worden afgemaakt.',
        en: 'The work can be finished without disruption.',
      },
      {
        nl: 'Af en toe een onderbreking, daarna verder met dezelfde taak.',
        en: 'An occasional interruption, after which the same task continues.',
      },
      {
        nl: 'Vaak gestoord door telefoon, vragen of spoedklussen.',
        en: 'Often interrupted by phone calls, questions or urgent jobs.',
      },
    ],
  },
  // II - social functioning
  {
    key: 'social_contact',
    rubric: 'II',
    label: {
      nl: 'Sociaal contact en samenwerken',
      en: 'Social contact and teamwork',
    },
    levels: [
      {
        nl: "Weinig contact, met steeds dezelfde bekende collega's.",
        en: 'Little contact, always with the same familiar colleagues.',
      },
      {
        nl: 'Regelmatig overleggen en samenwerken in een vast team.',
        en: 'Regular consultation and working together in a steady team.',
      },
      {
        nl: 'Veel afstemming met wisselende mensen en afdelingen.',
        en: 'Much coordination with changing people and departments.',
      },
    ],
  },
  {
    key: 'customer_contact',
    rubric: 'II',
    label: { nl: 'Klantcontact', en: 'Customer contact' },
    levels: [
      {
        nl: 'Geen contact met klanten, bezoekers of burgers.',
        en: 'No contact with customers, visitors or the public.',
      },
      {
        nl: 'Kort, voorspelbaar contact, zoals iemand de weg wijzen.',
        en: 'Brief, predictable contact, such as showing someone the way.',
      },
      {
        nl: 'Intensief contact, zoals klachten afhandelen of adviseren.',
        en: 'Intensive contact, such as handling complaints or giving advice.',
      },
    ],
  },
  {
    key: 'conflict_handling',
    rubric: 'II',
    label: { nl: 'Conflicten hanteren', en: 'Handling conflict' },
    levels: [
      {
        nl: 'Geen conflicten of lastige gesprekken.',
        en: 'No conflicts or difficult conversations.',
      },
      {
        nl: 'Soms een meningsverschil, met een leidinggevende dichtbij.',
        en: 'An occasional disagreement, with a manager close by.',
      },
      {
        nl: 'Regelmatig boze of lastige mensen te woord staan.',
        en: 'Regularly dealing with angry or difficult people.',
      },
    ],
  },
  {
    key: 'emotional_load',
    rubric: 'II',
    label: { nl: 'Emotionele belasting', en: 'Emotional load' },
    levels: [
      {
        nl: 'Geen confrontatie met verdriet, ziekte of nood van anderen.',
        en: "No exposure to other people's grief, illness or distress.",
      },
      {
        nl: 'Soms te maken met de emotionele problemen van anderen.',
        en: "Sometimes dealing with other people's emotional problems.",
      },
      {
        nl: 'Vaak geconfronteerd met ingrijpende situaties van anderen.',
        en: "Often faced with other people's distressing situations.",
      },
    ],
  },
  // III - adapting to the physical environment
  {
    key: 'noise',
    rubric: 'III',
    label: { nl: 'Geluid', en: 'Noise' },
    levels: [
      { nl: 'Een rustige omgeving.', en: 'Quiet surroundings.' },
      {
        nl: 'Gewoon kantoor- of werkplaatsgeluid.',
        en: 'Ordinary office or workshop noise.',
      },
      {
        nl: 'Veel lawaai; gehoorbescherming nodig of voortdurend druk.',
        en: 'Loud; hearing protection needed or constantly busy.',
      },
    ],
  },
  {
    key: 'heat_cold',
    rubric: 'III',
    label: { nl: 'Hitte en kou', en: 'Heat and cold' },
    levels: [
      {
        nl: 'Binnen, bij een normale temperatuur.',
        en: 'Indoors at a normal temperature.',
      },
      {
        nl: 'Soms buiten of in een koele of warme ruimte.',
        en: 'Sometimes outdoors or in a cool or warm room.',
      },
      {
        nl: 'Langdurig in hitte, kou, vocht of tocht.',
        en: 'Long periods in heat, cold, damp or draughts.',
      },
    ],
  },
  {
    key: 'dust_and_fumes',
    rubric: 'III',
    label: { nl: 'Stof, rook en dampen', en: 'Dust, smoke and fumes' },
    levels: [
      { nl: 'Schone lucht.', en: 'Clean air.' },
      {
        nl: 'Af en toe stof of schoonmaakmiddelen.',
        en: 'Occasional dust or cleaning agents.',
      },
      {
        nl: 'Regelmatig stof, rook, gassen of dampen.',
        en: 'Regular dust, smoke, gases or fumes.',
      },
    ],
  },
  // IV - dynamic actions
  {
    key: 'physical_load',
    rubric: 'IV',
    label: { nl: 'Lichamelijke belasting', en: 'Physical load' },
    levels: [
      {
        nl: 'Licht werk met weinig lichamelijke inspanning.',
        en: 'Light work with little physical effort.',
      },
      {
        nl: 'Afwisselend licht en matig zwaar werk.',
        en: 'A mix of light and moderately heavy work.',
      },
      {
        nl: 'Zwaar lichamelijk werk, een groot deel van de dag.',
        en: 'Heavy physical work for much of the day.',
      },
    ],
  },
  {
    key: 'lifting_carrying',
    rubric: 'IV',
    label: { nl: 'Tillen en dragen', en: 'Lifting and carrying' },
    levels: [
      {
        nl: 'Alleen lichte dingen, tot ongeveer 5 kg.',
        en: 'Light items only, up to about 5 kg.',
      },
      {
        nl: 'Af en toe tot ongeveer 15 kg.',
        en: 'Occasionally up to about 15 kg.',
      },
      {
        nl: 'Regelmatig zwaarder dan 15 kg.',
        en: 'Regularly more than 15 kg.',
      },
    ],
  },
  {
    key: 'walking',
    rubric: 'IV',
    label: { nl: 'Lopen', en: 'Walking' },
    levels: [
      {
        nl: 'Vooral op één plek; alleen korte stukjes lopen.',
        en: 'Mostly in one place; only short walks.',
      },
      {
        nl: 'Regelmatig lopen, samen tot ongeveer een uur per dag.',
        en: 'Regular walking, up to about an hour a day in total.',
      },
      {
        nl: 'Veel lopen, meer dan een uur per dag.',
        en: 'Much walking, more than an hour a day.',
      },
    ],
  },
  {
    key: 'climbing',
    rubric: 'IV',
    label: { nl: 'Klimmen en traplopen', en: 'Climbing and stairs' },
    levels: [
      {
        nl: 'Geen trappen of ladders; er is een lift.',
        en: 'No stairs or ladders; there is a lift.',
      },
      {
        nl: 'Af en toe een trap of een opstapje.',
        en: 'An occasional flight of stairs or a step stool.',
      },
      {
        nl: 'Vaak trappen of ladders.',
        en: 'Frequent stairs or ladders.',
      },
    ],
  },
  {
    key: 'bending',
    rubric: 'IV',
    label: { nl: 'Bukken en buigen', en: 'Bending' },
    levels: [
      { nl: 'Zelden bukken.', en: 'Rarely bending down.' },
      {
        nl: 'Af en toe bukken, zoals iets van de grond pakken.',
        en: 'Occasional bending, such as picking something off the floor.',
      },
      {
        nl: 'Vaak of langdurig gebogen werken.',
        en: 'Frequent or prolonged bending.',
      },
    ],
  },
  {
    key: 'fine_hand_use',
    rubric: 'IV',
    label: { nl: 'Fijne handvaardigheid', en: 'Fine hand use' },
    levels: [
      {
        nl: 'Grove handelingen; geen precisiewerk.',
        en: 'Coarse handling; no precision work.',
      },
      {
        nl: 'Af en toe precisiewerk, zoals sorteren of inpakken.',
        en: 'Occasional precision work, such as sorting or packing.',
      },
      {
        nl: 'Langdurig nauwkeurig vingerwerk, zoals met kleine onderdelen.',
        en: 'Prolonged precise finger work, such as with small parts.',
      },
    ],
  },
  {
    key: 'keyboard_mouse',
    rubric: 'IV',
    label: { nl: 'Toetsenbord en muis', en: 'Keyboard and mouse' },
    levels: [
      {
        nl: 'Geen of nauwelijks computerwerk.',
        en: 'No or hardly any computer work.',
      },
      {
        nl: 'Tot ongeveer twee uur computerwerk per dag, met pauzes.',
        en: 'Up to about two hours of computer work a day, with breaks.',
      },
      {
        nl: 'Het grootste deel van de dag typen en muizen.',
        en: 'Typing and using a mouse for most of the day.',
      },
    ],
  },
  // V - static postures
  {
    key: 'sitting',
    rubric: 'V',
    label: { nl: 'Zitten', en: 'Sitting' },
    levels: [
      {
        nl: 'Vrij afwisselen tussen zitten, staan en lopen.',
        en: 'Free to alternate between sitting, standing and walking.',
      },
      {
        nl: 'Tot ongeveer een uur achter elkaar zitten.',
        en: 'Sitting for up to about an hour at a time.',
      },
      {
        nl: 'Langer dan een uur achter elkaar zitten.',
        en: 'Sitting for more than an hour at a time.',
      },
    ],
  },
  {
    key: 'standing',
    rubric: 'V',
    label: { nl: 'Staan', en: 'Standing' },
    levels: [
      {
        nl: 'Vrij afwisselen tussen staan, zitten en lopen.',
        en: 'Free to alternate between standing, sitting and walking.',
      },
      {
        nl: 'Tot ongeveer een half uur achter elkaar staan.',
        en: 'Standing for up to about half an hour at a time.',
      },
      {
        nl: 'Langer dan een half uur achter elkaar staan.',
        en: 'Standing for more than half an hour at a time.',
      },
    ],
  },
  {
    key: 'kneeling',
    rubric: 'V',
    label: { nl: 'Knielen en hurken', en: 'Kneeling and squatting' },
    levels: [
      { nl: 'Niet nodig.', en: 'Not needed.' },
      {
        nl: 'Af en toe kort geknield of gehurkt.',
        en: 'Occasionally kneeling or squatting briefly.',
      },
      {
        nl: 'Vaak of langdurig geknield of gehurkt.',
        en: 'Frequent or prolonged kneeling or squatting.',
      },
    ],
  },
  {
    key: 'overhead_work',
    rubric: 'V',
    label: {
      nl: 'Boven schouderhoogte werken',
      en: 'Working above shoulder height',
    },
    levels: [
      { nl: 'Niet nodig.', en: 'Not needed.' },
      {
        nl: 'Af en toe kort, zoals iets van een hoge plank pakken.',
        en: 'Occasionally and briefly, such as taking something off a high shelf.',
      },
      {
        nl: 'Vaak of langdurig, zoals hoge schappen vullen.',
        en: 'Frequent or prolonged, such as stocking high shelves.',
      },
    ],
  },
] as const satisfies readonly DimensionDefinition[];

/** Stable snake_case key of a dimension; stored with ratings, so never renamed. */
export type DemandDimensionKey = (typeof DIMENSIONS)[number]['key'];

export interface DemandDimension extends DimensionDefinition {
  readonly key: DemandDimensionKey;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** Frozen at runtime too, because JavaScript callers ignore `readonly`. */
export const DEMAND_CATALOGUE: readonly DemandDimension[] =
  /* @__PURE__ */ deepFreeze(DIMENSIONS);

/** Every key in catalogue order, the order screens and results list dimensions in. */
export const DEMAND_DIMENSION_KEYS: readonly DemandDimensionKey[] =
  /* @__PURE__ */ Object.freeze(
    DEMAND_CATALOGUE.map((dimension) => dimension.key),
  );

const BY_KEY: ReadonlyMap<string, DemandDimension> = /* @__PURE__ */ new Map(
  DEMAND_CATALOGUE.map((dimension) => [dimension.key, dimension]),
);

/** Narrows a string from a form, URL or stored rating to a key of this catalogue version. */
export function isDemandDimensionKey(
  value: string,
): value is DemandDimensionKey {
  return BY_KEY.has(value);
}

/** The dimension with this key, or undefined for a key this catalogue version does not know. */
export function demandDimensionByKey(key: string): DemandDimension | undefined {
  return BY_KEY.get(key);
}

/** Dimensions per rubric, in catalogue order; every rubric I-V is present. */
export const DEMAND_DIMENSIONS_BY_RUBRIC: Readonly<
  Record<FmlRubric, readonly DemandDimension[]>
> = /* @__PURE__ */ Object.freeze(
  Object.fromEntries(
    FML_RUBRICS.map((rubric) => [
      rubric,
      Object.freeze(
        DEMAND_CATALOGUE.filter((dimension) => dimension.rubric === rubric),
      ),
    ]),
  ) as Record<FmlRubric, readonly DemandDimension[]>,
);
