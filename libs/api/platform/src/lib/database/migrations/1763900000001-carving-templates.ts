import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Seeds the model carved packages ("model takenpakketten") organisations can copy. The examples
 * come from the public reference documents on the government job agreement (Binnenwerk work
 * types, individual job carving at ministries, sector pilots).
 *
 * The data is inlined on purpose: a migration is frozen once it has run, so it must not follow
 * later edits of a data file or of the contract types. Everything below is plain data.
 */

type Level = 0 | 1 | 2;
type Frequency = 'daily' | 'weekly' | 'monthly' | 'irregular';
type Complexity = 'none' | 'mbo1' | 'mbo2' | 'hbo';

interface SeedTask {
  name: string;
  description: string | null;
  hoursPerWeek: number;
  frequency: Frequency;
  complexity: Complexity;
  /** Only the non-zero dimensions; a missing key means level 0. */
  demands: Record<string, Level>;
  skills: string[];
  leftUndone: boolean;
  solitary: boolean;
  scheduleNeeds: { evenings: boolean; nights: boolean; weekends: boolean };
}

interface SeedTemplate {
  title: string;
  sector: string | null;
  description: string;
  source: string;
  tasks: SeedTask[];
}

const OFFICE_HOURS = Object.freeze({
  evenings: false,
  nights: false,
  weekends: false,
});

/** Fills the fields that are the same for nearly every task, so the data below stays readable. */
function task(
  fields: Omit<SeedTask, 'leftUndone' | 'solitary' | 'scheduleNeeds'> &
    Partial<Pick<SeedTask, 'leftUndone' | 'solitary' | 'scheduleNeeds'>>,
): SeedTask {
  return {
    leftUndone: false,
    solitary: false,
    ...fields,
    scheduleNeeds: { ...(fields.scheduleNeeds ?? OFFICE_HOURS) },
  };
}

const SOURCE_RIJK_2018 =
  'Kamerbrief stand van zaken banenafspraak Rijk (BZK, december 2018)';
const SOURCE_AANJAGER_2015 =
  'Verslag van werkzaamheden Aanjager Banenafspraken 2015';
const SOURCE_WERKAGENDA_2021 = 'Werkagenda Banenafspraak Rijk 2021-2022';
const SOURCE_OPLEGNOTA_2023 =
  'Oplegnota voortgangsrapportages Banenafspraken publieke sectoren (BZK, november 2023)';
const SOURCE_HANDREIKING = 'Handreiking jobcarving (Rijksoverheid)';

const CARVING_TEMPLATE_SEED: readonly SeedTemplate[] = [
  {
    title: 'Postkamer- en archiefmedewerker',
    sector: null,
    description:
      'Een overzichtelijk pakket met vaste dagelijkse rondes voor iemand die van structuur en duidelijke instructies houdt. ' +
      'Het sorteren en verdelen van post en het wegwerken van de archiefachterstand worden nu tussendoor gedaan door secretaressen en administratief medewerkers. ' +
      'Zij krijgen tijd terug voor agendabeheer en ondersteuning van het management, en het archief komt eindelijk op orde.',
    source: SOURCE_RIJK_2018,
    tasks: [
      task({
        name: 'Inkomende post sorteren en verdelen',
        description:
          'Post openen, stempelen en per afdeling sorteren; twee vaste rondes per dag langs de postvakken.',
        hoursPerWeek: 6,
        frequency: 'daily',
        complexity: 'mbo1',
        demands: { concentration: 1, walking: 1, fine_hand_use: 1 },
        skills: ['post sorteren', 'nauwkeurigheid'],
      }),
      task({
        name: 'Uitgaande post frankeren en klaarzetten',
        description:
          'Enveloppen vullen, frankeren met de frankeermachine en klaarzetten voor de koerier.',
        hoursPerWeek: 3,
        frequency: 'daily',
        complexity: 'none',
        demands: { fine_hand_use: 1, standing: 1 },
        skills: ['post sorteren', 'frankeren'],
      }),
      task({
        name: 'Pakketten aannemen en rondbrengen',
        description:
          'Pakketten bij de receptie ophalen, registreren en afgeven bij de ontvanger.',
        hoursPerWeek: 3,
        frequency: 'daily',
        complexity: 'none',
        demands: { walking: 1, lifting_carrying: 1, social_contact: 1 },
        skills: ['post sorteren', 'klantcontact'],
      }),
      task({
        name: 'Archiefachterstand wegwerken',
        description:
          'Dossiers volgens de archiefcode ordenen, in archiefdozen plaatsen en etiketteren.',
        hoursPerWeek: 6,
        frequency: 'weekly',
        complexity: 'mbo1',
        demands: { concentration: 1, bending: 1, lifting_carrying: 1 },
        skills: ['archiveren', 'nauwkeurigheid'],
        leftUndone: true,
        solitary: true,
      }),
      task({
        name: 'Papier en kantoorartikelen aanvullen',
        description:
          'Printers en kopieerapparaten van papier voorzien en de voorraadkast bijhouden.',
        hoursPerWeek: 2,
        frequency: 'weekly',
        complexity: 'none',
        demands: { walking: 1, lifting_carrying: 1 },
        skills: ['voorraadbeheer'],
      }),
    ],
  },
  {
    title: 'Toetsenborden en werkplekken reinigen',
    sector: null,
    description:
      'Geschikt voor iemand die graag zelfstandig en precies werkt in een vast ritme, met korte contactmomenten met collega’s op de werkvloer. ' +
      'Werkplekken en randapparatuur worden nu niet of nauwelijks gereinigd; de schoonmaakdienst doet alleen vloeren en bureaus. ' +
      'Medewerkers werken op schonere flexplekken en de facilitair coördinator hoeft geen losse schoonmaakacties meer te regelen.',
    source: SOURCE_RIJK_2018,
    tasks: [
      task({
        name: 'Toetsenborden en muizen reinigen',
        description:
          'Toetsenborden en muizen volgens vaste werkinstructie stofvrij maken en ontsmetten, bureau voor bureau.',
        hoursPerWeek: 8,
        frequency: 'daily',
        complexity: 'none',
        demands: { fine_hand_use: 1, standing: 1, walking: 1 },
        skills: ['schoonmaken', 'nauwkeurigheid'],
        leftUndone: true,
        solitary: true,
      }),
      task({
        name: 'Telefoons en headsets reinigen',
        description:
          'Vaste telefoons, headsets en oortjes reinigen met hygiënedoekjes en oorkussens vervangen.',
        hoursPerWeek: 3,
        frequency: 'daily',
        complexity: 'none',
        demands: { fine_hand_use: 1, standing: 1 },
        skills: ['schoonmaken'],
        leftUndone: true,
        solitary: true,
      }),
      task({
        name: 'Flexplekken nalopen en opruimen',
        description:
          'Achtergelaten spullen verzamelen, kabels en schermen terugzetten en vragen van collega’s beantwoorden.',
        hoursPerWeek: 4,
        frequency: 'daily',
        complexity: 'none',
        demands: { walking: 1, social_contact: 1, bending: 1 },
        skills: ['schoonmaken', 'opruimen', 'klantcontact'],
      }),
      task({
        name: 'Gereinigde werkplekken registreren',
        description:
          'Per verdieping op een lijst of tablet afvinken welke werkplekken zijn gereinigd.',
        hoursPerWeek: 1,
        frequency: 'daily',
        complexity: 'mbo1',
        demands: { keyboard_mouse: 1 },
        skills: ['registreren', 'computervaardigheden'],
      }),
      task({
        name: 'Reinigingsmiddelen aanvullen',
        description:
          'Doekjes, sprays en handgel uit het magazijn halen en de schoonmaakkar bijvullen.',
        hoursPerWeek: 1,
        frequency: 'weekly',
        complexity: 'none',
        demands: { lifting_carrying: 1 },
        skills: ['voorraadbeheer'],
      }),
    ],
  },
  {
    title: 'Assistent gebouwbeheer (facilitair)',
    sector: null,
    description:
      'Een afwisselend, praktisch pakket voor iemand die graag in beweging is en in een klein facilitair team wil werken. ' +
      'De taken komen van de huismeester en de facilitair medewerkers, die er nu vaak overuren voor maken. ' +
      'Zij krijgen ruimte voor onderhoudsplanning, contact met leveranciers en storingen die vakkennis vragen.',
    source: SOURCE_RIJK_2018,
    tasks: [
      task({
        name: 'Vergaderzalen klaarzetten en opruimen',
        description:
          'Tafels en stoelen opstellen volgens de reservering, na afloop opruimen en de zaal controleren.',
        hoursPerWeek: 6,
        frequency: 'daily',
        complexity: 'none',
        demands: {
          physical_load: 1,
          lifting_carrying: 1,
          walking: 1,
          deadlines_and_peaks: 1,
        },
        skills: ['zalen klaarzetten', 'facilitair'],
      }),
      task({
        name: 'Controleronde door het gebouw',
        description:
          'Vaste ronde langs verdiepingen: kapotte lampen, lekkages en defecten melden in het meldingssysteem.',
        hoursPerWeek: 3,
        frequency: 'daily',
        complexity: 'mbo1',
        demands: { walking: 1, climbing: 1, keyboard_mouse: 1 },
        skills: ['facilitair', 'storingen melden', 'computervaardigheden'],
        solitary: true,
      }),
      task({
        name: 'Koffieautomaten en pantry’s bijvullen',
        description:
          'Koffie, melk, bekers en suiker aanvullen en de automaten van buiten schoonmaken.',
        hoursPerWeek: 4,
        frequency: 'daily',
        complexity: 'none',
        demands: { walking: 1, lifting_carrying: 1, standing: 1 },
        skills: ['facilitair', 'voorraadbeheer'],
      }),
      task({
        name: 'Meubilair verplaatsen bij interne verhuizingen',
        description:
          'Samen met de huismeester bureaus, kasten en verhuisdozen verplaatsen.',
        hoursPerWeek: 3,
        frequency: 'irregular',
        complexity: 'none',
        demands: {
          physical_load: 1,
          lifting_carrying: 1,
          predictability: 1,
          bending: 1,
        },
        skills: ['facilitair', 'samenwerken'],
      }),
      task({
        name: 'Afval scheiden en containers wisselen',
        description:
          'Papier, plastic en restafval van de verdiepingen naar de containers brengen.',
        hoursPerWeek: 2,
        frequency: 'weekly',
        complexity: 'none',
        demands: { lifting_carrying: 1, walking: 1, dust_and_fumes: 1 },
        skills: ['afval scheiden', 'facilitair'],
      }),
    ],
  },
  {
    title: 'Personeelsdossiers op orde en AVG-proof',
    sector: null,
    description:
      'Voor iemand die nauwkeurig werkt, van een vaste checklist houdt en graag rustig op een eigen plek werkt binnen het HR-team. ' +
      'Het opschonen van personeelsdossiers blijft bij HR-adviseurs en salarisadministratie al jaren liggen. ' +
      'Het werk verkleint het privacyrisico van te lang bewaarde stukken en HR-adviseurs kunnen zich richten op advies aan leidinggevenden.',
    source: SOURCE_RIJK_2018,
    tasks: [
      task({
        name: 'Dossiers controleren op volledigheid',
        description:
          'Met een checklist nagaan of verplichte stukken (arbeidsovereenkomst, ID-controle, besluiten) in het dossier zitten.',
        hoursPerWeek: 8,
        frequency: 'daily',
        complexity: 'mbo2',
        demands: { concentration: 1, keyboard_mouse: 1, sitting: 1 },
        skills: ['dossierbeheer', 'nauwkeurigheid', 'computervaardigheden'],
        leftUndone: true,
        solitary: true,
      }),
      task({
        name: 'Stukken met verlopen bewaartermijn selecteren',
        description:
          'Documenten waarvan de bewaartermijn verstreken is apart leggen voor vernietiging, volgens de selectielijst.',
        hoursPerWeek: 6,
        frequency: 'daily',
        complexity: 'mbo2',
        demands: { concentration: 1, sitting: 1 },
        skills: ['archiveren', 'avg', 'nauwkeurigheid'],
        leftUndone: true,
        solitary: true,
      }),
      task({
        name: 'Papieren dossiers voorbereiden en scannen',
        description:
          'Nietjes en paperclips verwijderen, stukken op volgorde leggen en scannen naar het digitale dossier.',
        hoursPerWeek: 6,
        frequency: 'daily',
        complexity: 'mbo1',
        demands: { fine_hand_use: 1, standing: 1, concentration: 1 },
        skills: ['scannen', 'archiveren'],
        leftUndone: true,
      }),
      task({
        name: 'Vertrouwelijk papier afvoeren',
        description:
          'Geselecteerde stukken in de afgesloten vernietigingscontainers doen en het afvoerlogboek bijhouden.',
        hoursPerWeek: 2,
        frequency: 'weekly',
        complexity: 'none',
        demands: { lifting_carrying: 1, walking: 1 },
        skills: ['avg', 'registreren'],
      }),
      task({
        name: 'Ontbrekende stukken afstemmen met HR',
        description:
          'Wekelijks overleg met de HR-adviseur over ontbrekende of twijfelachtige stukken.',
        hoursPerWeek: 1,
        frequency: 'weekly',
        complexity: 'mbo1',
        demands: { social_contact: 1 },
        skills: ['samenwerken', 'dossierbeheer'],
      }),
    ],
  },
  {
    title: 'Medewerker bedrijfsrestaurant',
    sector: null,
    description:
      'Een pakket in een vast team met collega’s om je heen, voor iemand die graag met de handen werkt en het leuk vindt om collega’s te helpen. ' +
      'Het voorbereidende werk en de afwas komen van de cateringmedewerkers en de gastvrouw, die in de lunchpiek nu handen tekortkomen. ' +
      'Zij kunnen meer aandacht geven aan de uitgifte, vergaderarrangementen en de kwaliteit van het aanbod.',
    source: SOURCE_WERKAGENDA_2021,
    tasks: [
      task({
        name: 'Broodjes en salades bereiden',
        description:
          'Broodjes beleggen en salades opmaken volgens receptkaart en hygiëneregels (HACCP).',
        hoursPerWeek: 6,
        frequency: 'daily',
        complexity: 'mbo1',
        demands: { standing: 1, fine_hand_use: 1, work_pace: 1, heat_cold: 1 },
        skills: ['voedselbereiding', 'hygiëne'],
      }),
      task({
        name: 'Uitgifte aanvullen en gasten helpen',
        description:
          'Het buffet bijvullen tijdens de lunch en gasten de weg wijzen bij het aanbod.',
        hoursPerWeek: 4,
        frequency: 'daily',
        complexity: 'none',
        demands: {
          customer_contact: 1,
          work_pace: 1,
          standing: 1,
          deadlines_and_peaks: 1,
        },
        skills: ['klantcontact', 'gastvrijheid'],
      }),
      task({
        name: 'Tafels afruimen en reinigen',
        description:
          'Dienbladen ophalen, tafels afnemen en het restaurant na de lunch netjes maken.',
        hoursPerWeek: 4,
        frequency: 'daily',
        complexity: 'none',
        demands: { walking: 1, bending: 1, standing: 1 },
        skills: ['schoonmaken', 'gastvrijheid'],
      }),
      task({
        name: 'Vaatwasser bedienen',
        description:
          'Vaat voorspoelen, in rekken zetten, de vaatwasser bedienen en schone vaat opruimen.',
        hoursPerWeek: 4,
        frequency: 'daily',
        complexity: 'none',
        demands: { heat_cold: 1, noise: 1, standing: 1, lifting_carrying: 1 },
        skills: ['afwassen', 'hygiëne'],
      }),
      task({
        name: 'Voorraad uitpakken en koelcel bijhouden',
        description:
          'Leveringen controleren op de pakbon, uitpakken en op datum in de koelcel zetten.',
        hoursPerWeek: 2,
        frequency: 'weekly',
        complexity: 'mbo1',
        demands: { lifting_carrying: 1, heat_cold: 1 },
        skills: ['voorraadbeheer', 'hygiëne'],
      }),
    ],
  },
  {
    title: 'Medewerker natuuronderhoud (groen)',
    sector: 'waterschappen',
    description:
      'Buitenwerk in een vaste ploeg voor iemand die graag in de natuur werkt en fysiek iets aankan. ' +
      'Veel klein onderhoud aan dijken, oevers en terreinen blijft nu liggen of wordt duur uitbesteed. ' +
      'De opzichters en vakmensen houden tijd over voor machinaal werk, inspecties en het plannen van het beheer.',
    source: SOURCE_RIJK_2018,
    tasks: [
      task({
        name: 'Zwerfvuil ruimen op terreinen en oevers',
        description:
          'Met grijper en vuilniszak vaste trajecten langs lopen en afval afvoeren.',
        hoursPerWeek: 6,
        frequency: 'weekly',
        complexity: 'none',
        demands: { walking: 1, bending: 1, heat_cold: 1 },
        skills: ['groenonderhoud', 'buitenwerk'],
      }),
      task({
        name: 'Handmatig snoeien en maaien',
        description:
          'Struiken snoeien en randen maaien met handgereedschap, onder aanwijzing van de ploegleider.',
        hoursPerWeek: 8,
        frequency: 'weekly',
        complexity: 'mbo1',
        demands: {
          physical_load: 1,
          heat_cold: 1,
          bending: 1,
          walking: 1,
          noise: 1,
        },
        skills: ['groenonderhoud', 'snoeien', 'buitenwerk'],
      }),
      task({
        name: 'Wandelpaden, hekken en bankjes onderhouden',
        description:
          'Paden vrijmaken, losse planken vastzetten en bankjes schoonmaken.',
        hoursPerWeek: 6,
        frequency: 'weekly',
        complexity: 'mbo1',
        demands: {
          physical_load: 1,
          lifting_carrying: 1,
          heat_cold: 1,
          kneeling: 1,
        },
        skills: ['groenonderhoud', 'klussen', 'buitenwerk'],
      }),
      task({
        name: 'Invasieve exoten verwijderen',
        description:
          'Planten als reuzenberenklauw en Japanse duizendknoop uittrekken of afdekken volgens instructie.',
        hoursPerWeek: 4,
        frequency: 'weekly',
        complexity: 'mbo1',
        demands: { bending: 1, heat_cold: 1, walking: 1 },
        skills: ['groenonderhoud', 'buitenwerk'],
        leftUndone: true,
      }),
      task({
        name: 'Gereedschap schoonmaken en opbergen',
        description:
          'Na het werk gereedschap reinigen, controleren en in de loods opbergen.',
        hoursPerWeek: 2,
        frequency: 'weekly',
        complexity: 'none',
        demands: { standing: 1, fine_hand_use: 1 },
        skills: ['schoonmaken', 'gereedschap onderhouden'],
        solitary: true,
      }),
    ],
  },
  {
    title: 'Ondersteuning receptie en baliewerk',
    sector: null,
    description:
      'Voor iemand die graag mensen ontvangt en helpt, in een rustig deel van de dag en met een vaste collega achter de balie. ' +
      'De receptionisten geven de eenvoudige, terugkerende taken af en kunnen zich richten op lastige vragen, beveiliging en de telefoonpieken. ' +
      'Bezoekers worden sneller geholpen.',
    source: SOURCE_RIJK_2018,
    tasks: [
      task({
        name: 'Bezoekers ontvangen en bezoekerspassen uitgeven',
        description:
          'Bezoekers begroeten, aanmelden in het bezoekerssysteem en een pas geven.',
        hoursPerWeek: 8,
        frequency: 'daily',
        complexity: 'mbo1',
        demands: {
          customer_contact: 1,
          social_contact: 1,
          interruptions: 1,
          divided_attention: 1,
          keyboard_mouse: 1,
        },
        skills: ['klantcontact', 'gastvrijheid', 'computervaardigheden'],
      }),
      task({
        name: 'Telefoon aannemen en doorverbinden in rustige uren',
        description:
          'Met een belscript de telefoon beantwoorden en doorverbinden of een terugbelverzoek noteren.',
        hoursPerWeek: 3,
        frequency: 'daily',
        complexity: 'mbo1',
        demands: { customer_contact: 1, interruptions: 1 },
        skills: ['klantcontact', 'telefoneren'],
      }),
      task({
        name: 'Vergaderzalen controleren',
        description:
          'Voor de eerste vergadering nagaan of zalen klaarstaan en tekorten doorgeven.',
        hoursPerWeek: 2,
        frequency: 'daily',
        complexity: 'none',
        demands: { walking: 1 },
        skills: ['facilitair', 'zalen klaarzetten'],
      }),
      task({
        name: 'Bezoekersregistratie en gevonden voorwerpen bijhouden',
        description:
          'Uitgegeven passen en gevonden voorwerpen registreren en aan het eind van de dag controleren.',
        hoursPerWeek: 2,
        frequency: 'daily',
        complexity: 'mbo1',
        demands: { keyboard_mouse: 1, concentration: 1 },
        skills: ['registreren', 'computervaardigheden'],
        solitary: true,
      }),
      task({
        name: 'Folderrekken en informatiemateriaal aanvullen',
        description: 'Brochures in de hal en wachtruimte bijvullen.',
        hoursPerWeek: 1,
        frequency: 'weekly',
        complexity: 'none',
        demands: { walking: 1 },
        skills: ['voorraadbeheer'],
      }),
    ],
  },
  {
    title: 'Ondersteuning webbeheer',
    sector: null,
    description:
      'Voor iemand die handig is met de computer en graag nauwkeurig, in eigen tempo werkt, met een vaste webredacteur als aanspreekpunt. ' +
      'Webredacteuren besteden nu veel tijd aan plaatsen, controleren en opschonen van pagina’s. ' +
      'Zij houden tijd over voor schrijven, redactie en advies aan afdelingen; de site wordt actueler en toegankelijker.',
    source: SOURCE_RIJK_2018,
    tasks: [
      task({
        name: 'Aangeleverde teksten plaatsen in het CMS',
        description:
          'Goedgekeurde teksten en nieuwsberichten volgens het stappenplan in het contentmanagementsysteem zetten.',
        hoursPerWeek: 6,
        frequency: 'daily',
        complexity: 'mbo2',
        demands: { concentration: 1, keyboard_mouse: 1, sitting: 1 },
        skills: ['webbeheer', 'cms', 'computervaardigheden'],
      }),
      task({
        name: 'Dode links en verouderde pagina’s opsporen',
        description:
          'Met een linkchecker kapotte links vinden en een lijst maken voor de redactie.',
        hoursPerWeek: 4,
        frequency: 'weekly',
        complexity: 'mbo1',
        demands: { concentration: 1, keyboard_mouse: 1, sitting: 1 },
        skills: ['webbeheer', 'computervaardigheden'],
        leftUndone: true,
        solitary: true,
      }),
      task({
        name: 'Alt-teksten bij afbeeldingen aanvullen',
        description:
          'Ontbrekende beschrijvingen van afbeeldingen toevoegen volgens de schrijfwijzer.',
        hoursPerWeek: 3,
        frequency: 'weekly',
        complexity: 'mbo2',
        demands: { concentration: 1, keyboard_mouse: 1, sitting: 1 },
        skills: ['webbeheer', 'toegankelijkheid', 'schrijven'],
        leftUndone: true,
        solitary: true,
      }),
      task({
        name: 'Documenten en downloads publiceren',
        description:
          'Documenten omzetten naar het juiste formaat, metadata invullen en publiceren.',
        hoursPerWeek: 4,
        frequency: 'weekly',
        complexity: 'mbo2',
        demands: { keyboard_mouse: 1, sitting: 1 },
        skills: ['webbeheer', 'cms', 'computervaardigheden'],
      }),
      task({
        name: 'Werkoverleg met de webredactie',
        description:
          'Wekelijks de planning en vragen doornemen met de redactie.',
        hoursPerWeek: 1,
        frequency: 'weekly',
        complexity: 'none',
        demands: { social_contact: 1 },
        skills: ['samenwerken'],
      }),
    ],
  },
  {
    title: 'Samenvattingen van wetenschappelijke artikelen',
    sector: 'onderwijs_wo',
    description:
      'Voor een analytisch sterke kandidaat, bijvoorbeeld met een autismespectrumstoornis of een beperking in energie, die geconcentreerd en zelfstandig leest en schrijft in een rustige omgeving. ' +
      'Onderzoekers en docenten krijgen vaste, korte samenvattingen van nieuwe literatuur in hun vakgebied, werk dat nu blijft liggen. ' +
      'Zij besparen leestijd en houden hun literatuuroverzicht actueel.',
    source: SOURCE_RIJK_2018,
    tasks: [
      task({
        name: 'Artikelen samenvatten volgens vast format',
        description:
          'Per artikel een samenvatting van een halve pagina schrijven: vraag, methode, uitkomst en belang.',
        hoursPerWeek: 10,
        frequency: 'daily',
        complexity: 'hbo',
        demands: {
          concentration: 1,
          independence: 1,
          keyboard_mouse: 1,
          sitting: 1,
        },
        skills: ['samenvatten', 'schrijven', 'engels lezen'],
        leftUndone: true,
        solitary: true,
      }),
      task({
        name: 'Nieuwe literatuur zoeken en downloaden',
        description:
          'Met vaste zoekopdrachten nieuwe publicaties in databanken opzoeken en opslaan.',
        hoursPerWeek: 5,
        frequency: 'weekly',
        complexity: 'mbo2',
        demands: { concentration: 1, keyboard_mouse: 1, sitting: 1 },
        skills: ['literatuur zoeken', 'computervaardigheden'],
        leftUndone: true,
        solitary: true,
      }),
      task({
        name: 'Referenties invoeren in het referentiebeheer',
        description:
          'Bibliografische gegevens en trefwoorden van artikelen in het referentieprogramma zetten.',
        hoursPerWeek: 4,
        frequency: 'weekly',
        complexity: 'mbo1',
        demands: { keyboard_mouse: 1, sitting: 1 },
        skills: ['registreren', 'computervaardigheden'],
      }),
      task({
        name: 'Samenvattingen bespreken met de onderzoeksgroep',
        description:
          'Kort overleg met een vaste onderzoeker over keuzes en vragen van de week.',
        hoursPerWeek: 1,
        frequency: 'weekly',
        complexity: 'none',
        demands: { social_contact: 1 },
        skills: ['samenwerken'],
      }),
      task({
        name: 'Literatuurnieuwsbrief opmaken',
        description:
          'De samenvattingen van de maand bundelen in een vaste opmaak en rondsturen.',
        hoursPerWeek: 2,
        frequency: 'monthly',
        complexity: 'mbo2',
        demands: { keyboard_mouse: 1, deadlines_and_peaks: 1 },
        skills: ['schrijven', 'computervaardigheden'],
      }),
    ],
  },
  {
    title: 'Waterloos wassen van dienstauto’s',
    sector: null,
    description:
      'Praktisch buitenwerk voor iemand die van een zichtbaar resultaat houdt en graag in een vast ritme werkt op de eigen parkeerlocatie. ' +
      'Dienstauto’s worden nu door chauffeurs en wagenparkbeheer tussendoor of bij een wasstraat schoongemaakt. ' +
      'Chauffeurs winnen rijtijd en wachttijd terug, en het waterloos wassen bespaart water en kosten.',
    source: SOURCE_RIJK_2018,
    tasks: [
      task({
        name: 'Buitenkant waterloos reinigen',
        description:
          'Auto met waterloos reinigingsmiddel en microvezeldoeken wassen en opwrijven, volgens werkinstructie.',
        hoursPerWeek: 8,
        frequency: 'daily',
        complexity: 'none',
        demands: {
          physical_load: 1,
          bending: 1,
          heat_cold: 1,
          dust_and_fumes: 1,
          standing: 1,
        },
        skills: ['auto’s wassen', 'schoonmaken'],
      }),
      task({
        name: 'Interieur stofzuigen en afnemen',
        description:
          'Matten uitkloppen, interieur stofzuigen en dashboard en stuur reinigen.',
        hoursPerWeek: 4,
        frequency: 'daily',
        complexity: 'none',
        demands: { noise: 1, bending: 1, dust_and_fumes: 1 },
        skills: ['auto’s wassen', 'schoonmaken'],
        solitary: true,
      }),
      task({
        name: 'Bandenspanning en vloeistoffen controleren',
        description:
          'Volgens checklist bandenspanning, ruitenvloeistof en lampjes controleren en bijvullen.',
        hoursPerWeek: 2,
        frequency: 'weekly',
        complexity: 'mbo1',
        demands: { bending: 1, kneeling: 1 },
        skills: ['wagenpark', 'controleren'],
      }),
      task({
        name: 'Waslogboek bijhouden',
        description: 'Per auto datum, kenteken en bijzonderheden noteren.',
        hoursPerWeek: 1,
        frequency: 'daily',
        complexity: 'mbo1',
        demands: { keyboard_mouse: 1 },
        skills: ['registreren', 'computervaardigheden'],
      }),
      task({
        name: 'Sleutels en planning afstemmen met wagenparkbeheer',
        description:
          'Aan het begin van de dag de lijst met te wassen auto’s en sleutels ophalen.',
        hoursPerWeek: 1,
        frequency: 'daily',
        complexity: 'none',
        demands: { social_contact: 1 },
        skills: ['samenwerken', 'wagenpark'],
      }),
    ],
  },
  {
    title: 'Scannen en digitaliseren',
    sector: null,
    description:
      'Rustig, overzichtelijk werk in een vaste volgorde voor iemand die precies is en graag met de computer werkt, in een team met andere scanmedewerkers. ' +
      'Papieren archieven worden nu niet of pas bij een verhuizing gedigitaliseerd; medewerkers zoeken lang naar stukken. ' +
      'Na digitalisering vinden medewerkers documenten sneller en komt kantoorruimte vrij.',
    source: SOURCE_OPLEGNOTA_2023,
    tasks: [
      task({
        name: 'Documenten scanklaar maken',
        description:
          'Nietjes, paperclips en plakbriefjes verwijderen en stukken per dossier op volgorde leggen.',
        hoursPerWeek: 6,
        frequency: 'daily',
        complexity: 'none',
        demands: { fine_hand_use: 1, concentration: 1 },
        skills: ['scannen', 'archiveren'],
        leftUndone: true,
      }),
      task({
        name: 'Documenten scannen',
        description:
          'Stukken met de documentscanner scannen volgens de vaste instellingen per soort document.',
        hoursPerWeek: 8,
        frequency: 'daily',
        complexity: 'mbo1',
        demands: { concentration: 1, keyboard_mouse: 1, sitting: 1 },
        skills: ['scannen', 'computervaardigheden'],
        leftUndone: true,
        solitary: true,
      }),
      task({
        name: 'Kwaliteitscontrole van scans',
        description:
          'Scans controleren op leesbaarheid, volledigheid en juiste volgorde; fouten opnieuw scannen.',
        hoursPerWeek: 4,
        frequency: 'daily',
        complexity: 'mbo1',
        demands: { concentration: 1, keyboard_mouse: 1, sitting: 1 },
        skills: ['scannen', 'nauwkeurigheid'],
        leftUndone: true,
        solitary: true,
      }),
      task({
        name: 'Metadata invoeren',
        description:
          'Dossiernummer, datum en documentsoort invullen in het documentmanagementsysteem.',
        hoursPerWeek: 4,
        frequency: 'daily',
        complexity: 'mbo2',
        demands: { concentration: 1, keyboard_mouse: 1, sitting: 1 },
        skills: ['registreren', 'computervaardigheden'],
        leftUndone: true,
      }),
      task({
        name: 'Originelen terugzetten of afvoeren',
        description:
          'Gescande originelen terug in archiefdozen zetten of in de vernietigingscontainer doen volgens instructie.',
        hoursPerWeek: 2,
        frequency: 'weekly',
        complexity: 'none',
        demands: { lifting_carrying: 1, bending: 1 },
        skills: ['archiveren'],
      }),
    ],
  },
  {
    title: 'Afdelingsassistent (floor assistant)',
    sector: null,
    description:
      'Een vaste, zichtbare rol op één of twee verdiepingen voor iemand die graag helpt en het prettig vindt om collega’s dagelijks te zien. ' +
      'De kleine facilitaire klussen liggen nu verspreid bij secretaresses, teamleden en de facilitaire dienst. ' +
      'Iedereen houdt meer tijd over voor het eigen werk en de verdieping blijft op orde.',
    source: SOURCE_WERKAGENDA_2021,
    tasks: [
      task({
        name: 'Pantry opruimen en vaatwasser legen',
        description:
          'Kopjes verzamelen, vaatwasser in- en uitruimen en het aanrecht schoonmaken.',
        hoursPerWeek: 4,
        frequency: 'daily',
        complexity: 'none',
        demands: { standing: 1, walking: 1 },
        skills: ['schoonmaken', 'opruimen'],
      }),
      task({
        name: 'Kantoorartikelen en printerpapier aanvullen',
        description:
          'Voorraadkasten en printers op de verdieping bijvullen en storingen melden.',
        hoursPerWeek: 3,
        frequency: 'daily',
        complexity: 'none',
        demands: { walking: 1, lifting_carrying: 1 },
        skills: ['voorraadbeheer', 'storingen melden'],
      }),
      task({
        name: 'Post en pakketten op de verdieping rondbrengen',
        description:
          'Post en pakketten van de postkamer naar collega’s brengen.',
        hoursPerWeek: 3,
        frequency: 'daily',
        complexity: 'none',
        demands: { walking: 1, social_contact: 1 },
        skills: ['post sorteren', 'klantcontact'],
      }),
      task({
        name: 'Overlegruimtes terugzetten',
        description:
          'Na gebruik stoelen terugzetten, whiteboards schoonvegen en afval weghalen.',
        hoursPerWeek: 3,
        frequency: 'daily',
        complexity: 'none',
        demands: { walking: 1, lifting_carrying: 1 },
        skills: ['zalen klaarzetten', 'opruimen'],
      }),
      task({
        name: 'Gevonden voorwerpen en planten verzorgen',
        description:
          'Achtergelaten spullen naar de receptie brengen en planten water geven.',
        hoursPerWeek: 1,
        frequency: 'weekly',
        complexity: 'none',
        demands: { walking: 1 },
        skills: ['opruimen', 'planten verzorgen'],
        solitary: true,
      }),
    ],
  },
  {
    title: 'Zorgassistent onderbouw',
    sector: 'onderwijs_po',
    description:
      'Voor iemand die graag met jonge kinderen werkt, in een vaste klas naast een leerkracht die aanwijzingen geeft. ' +
      'Leerkrachten van groep 1 tot en met 3 besteden veel tijd aan aankleden, eten en drinken en klaarzetten. ' +
      'Zij krijgen meer tijd voor instructie en aandacht voor kinderen die extra ondersteuning nodig hebben.',
    source: SOURCE_AANJAGER_2015,
    tasks: [
      task({
        name: 'Lokaal en materialen klaarzetten',
        description:
          'Voor schooltijd en na de pauze werkjes, spelmateriaal en tafels klaarzetten volgens het dagrooster.',
        hoursPerWeek: 4,
        frequency: 'daily',
        complexity: 'none',
        demands: { walking: 1, bending: 1 },
        skills: ['klaarzetten', 'opruimen'],
      }),
      task({
        name: 'Kinderen helpen bij aankleden, eten en drinken',
        description:
          'Helpen met jassen, schoenen, fruit en drinken en bij toiletbezoek, onder verantwoordelijkheid van de leerkracht.',
        hoursPerWeek: 5,
        frequency: 'daily',
        complexity: 'mbo1',
        demands: {
          social_contact: 1,
          noise: 1,
          interruptions: 1,
          bending: 1,
          emotional_load: 1,
        },
        skills: ['kinderen begeleiden', 'zorg'],
      }),
      task({
        name: 'Knutselmateriaal voorbereiden',
        description:
          'Papier knippen, verf aanmaken en materiaal per groepje klaarleggen.',
        hoursPerWeek: 3,
        frequency: 'weekly',
        complexity: 'none',
        demands: { fine_hand_use: 1, sitting: 1 },
        skills: ['knutselen', 'voorbereiden'],
        solitary: true,
      }),
      task({
        name: 'Speelgoed en materialen reinigen en opruimen',
        description:
          'Speelgoed wassen, kasten ordenen en ontbrekende materialen doorgeven.',
        hoursPerWeek: 2,
        frequency: 'weekly',
        complexity: 'none',
        demands: { bending: 1, standing: 1 },
        skills: ['schoonmaken', 'opruimen'],
        leftUndone: true,
      }),
      task({
        name: 'Meehelpen bij buitenspelen',
        description:
          'Samen met een pleinwacht meelopen op het schoolplein en materiaal uitdelen en ophalen.',
        hoursPerWeek: 2,
        frequency: 'daily',
        complexity: 'none',
        demands: { noise: 1, walking: 1, heat_cold: 1, social_contact: 1 },
        skills: ['kinderen begeleiden'],
      }),
    ],
  },
  {
    title: 'Zalen klaarmaken en vergaderservice',
    sector: null,
    description:
      'Gastvrij en praktisch werk in het team van een vergadercentrum of facilitaire dienst, voor iemand die graag regelt dat alles klaarstaat. ' +
      'Het opstellen en afruimen van zalen kost de gastvrouwen en facilitair medewerkers nu veel tijd in de drukste uren. ' +
      'Zij kunnen zich richten op gasten, reserveringen en bijzondere wensen.',
    source: SOURCE_WERKAGENDA_2021,
    tasks: [
      task({
        name: 'Zalen opstellen volgens plattegrond',
        description:
          'Tafels en stoelen in de gevraagde opstelling zetten aan de hand van een plattegrond per reservering.',
        hoursPerWeek: 6,
        frequency: 'daily',
        complexity: 'none',
        demands: {
          physical_load: 1,
          lifting_carrying: 1,
          walking: 1,
          deadlines_and_peaks: 1,
        },
        skills: ['zalen klaarzetten', 'facilitair'],
      }),
      task({
        name: 'Koffie, thee en lunch klaarzetten',
        description:
          'Thermoskannen vullen, kopjes en lunchschalen klaarzetten volgens het arrangement.',
        hoursPerWeek: 4,
        frequency: 'daily',
        complexity: 'none',
        demands: { standing: 1, work_pace: 1, lifting_carrying: 1 },
        skills: ['gastvrijheid', 'catering'],
      }),
      task({
        name: 'Presentatiemiddelen aansluiten en testen',
        description:
          'Scherm, laptopaansluiting en microfoons volgens checklist aansluiten en testen.',
        hoursPerWeek: 2,
        frequency: 'daily',
        complexity: 'mbo1',
        demands: { concentration: 1, fine_hand_use: 1 },
        skills: ['audiovisueel', 'computervaardigheden'],
        solitary: true,
      }),
      task({
        name: 'Zalen afruimen en terugzetten',
        description:
          'Na afloop serviesgoed afruimen, tafels afnemen en de standaardopstelling terugzetten.',
        hoursPerWeek: 4,
        frequency: 'daily',
        complexity: 'none',
        demands: { physical_load: 1, lifting_carrying: 1, walking: 1 },
        skills: ['zalen klaarzetten', 'opruimen'],
      }),
      task({
        name: 'Gasten de weg wijzen',
        description:
          'Bij aanvang van vergaderingen gasten naar de juiste zaal begeleiden.',
        hoursPerWeek: 2,
        frequency: 'daily',
        complexity: 'none',
        demands: { customer_contact: 1, walking: 1 },
        skills: ['klantcontact', 'gastvrijheid'],
      }),
    ],
  },
  {
    title: 'Extra schoonmaak en desinfectie van contactpunten',
    sector: null,
    description:
      'Een pakket met vaste rondes door het gebouw voor iemand die zelfstandig een route kan lopen en het prettig vindt om collega’s en bezoekers te zien. ' +
      'Het tussentijds reinigen van veelgebruikte contactpunten valt buiten het schoonmaakcontract en wordt nu door niemand gedaan. ' +
      'Het werk draagt bij aan een gezonde werkomgeving en ontlast de facilitaire dienst bij uitbraken van griep of corona.',
    source: SOURCE_WERKAGENDA_2021,
    tasks: [
      task({
        name: 'Contactpunten desinfecteren',
        description:
          'Deurklinken, liftknoppen, trapleuningen en koffieautomaten in een vaste ronde reinigen en desinfecteren.',
        hoursPerWeek: 6,
        frequency: 'daily',
        complexity: 'none',
        demands: { walking: 1, standing: 1, dust_and_fumes: 1 },
        skills: ['schoonmaken', 'hygiëne'],
        leftUndone: true,
        solitary: true,
      }),
      task({
        name: 'Handgelzuilen en zeepdispensers bijvullen',
        description:
          'Dispensers in toiletten, hal en pantry’s controleren en bijvullen.',
        hoursPerWeek: 2,
        frequency: 'daily',
        complexity: 'none',
        demands: { walking: 1, lifting_carrying: 1 },
        skills: ['voorraadbeheer', 'hygiëne'],
      }),
      task({
        name: 'Looproutes en informatieborden controleren',
        description:
          'Nagaan of borden en markeringen nog kloppen en hangen, en ontbrekende vervangen.',
        hoursPerWeek: 2,
        frequency: 'weekly',
        complexity: 'none',
        demands: { walking: 1, climbing: 1 },
        skills: ['facilitair', 'controleren'],
      }),
      task({
        name: 'Bezoekers en collega’s wijzen op hygiëneafspraken',
        description:
          'Vriendelijk aanspreken en uitleg geven bij de ingang en in de pauzeruimtes.',
        hoursPerWeek: 3,
        frequency: 'daily',
        complexity: 'mbo1',
        demands: { customer_contact: 1, conflict_handling: 1 },
        skills: ['klantcontact', 'hygiëne'],
      }),
    ],
  },
  {
    title: 'ICT-assistent werkplekken',
    sector: null,
    description:
      'Voor iemand die graag met apparatuur bezig is en stap voor stap volgens instructie werkt, in het team van de servicedesk. ' +
      'ICT-medewerkers besteden nu veel tijd aan uitpakken, klaarzetten en registreren van laptops en randapparatuur. ' +
      'Zij kunnen zich richten op storingen, beveiliging en gebruikersvragen.',
    source: SOURCE_OPLEGNOTA_2023,
    tasks: [
      task({
        name: 'Laptops uitpakken, labelen en registreren',
        description:
          'Nieuwe apparatuur uitpakken, een inventarislabel plakken en het serienummer registreren.',
        hoursPerWeek: 4,
        frequency: 'weekly',
        complexity: 'mbo1',
        demands: { fine_hand_use: 1, keyboard_mouse: 1, lifting_carrying: 1 },
        skills: ['ict', 'registreren', 'computervaardigheden'],
      }),
      task({
        name: 'Laptops klaarzetten met standaardinstallatie',
        description:
          'Laptops aansluiten op het installatiestation, de standaardinstallatie starten en het resultaat controleren met een checklist.',
        hoursPerWeek: 6,
        frequency: 'daily',
        complexity: 'mbo2',
        demands: { concentration: 1, keyboard_mouse: 1, divided_attention: 1 },
        skills: ['ict', 'computervaardigheden'],
        solitary: true,
      }),
      task({
        name: 'Randapparatuur testen en uitgeven',
        description:
          'Headsets, muizen, toetsenborden en dockingstations testen en uitgeven aan collega’s.',
        hoursPerWeek: 4,
        frequency: 'daily',
        complexity: 'mbo1',
        demands: { social_contact: 1, customer_contact: 1, fine_hand_use: 1 },
        skills: ['ict', 'klantcontact'],
      }),
      task({
        name: 'Ingeleverde apparatuur verwerken',
        description:
          'Retouren registreren, gegevens laten wissen volgens procedure en apparatuur sorteren voor hergebruik of recycling.',
        hoursPerWeek: 3,
        frequency: 'weekly',
        complexity: 'mbo1',
        demands: { keyboard_mouse: 1, lifting_carrying: 1 },
        skills: ['ict', 'registreren'],
      }),
      task({
        name: 'Kabels en voorraad uitzoeken',
        description:
          'Bakken met losse kabels en adapters sorteren, testen en labelen.',
        hoursPerWeek: 2,
        frequency: 'monthly',
        complexity: 'none',
        demands: { fine_hand_use: 1 },
        skills: ['ict', 'opruimen'],
        leftUndone: true,
        solitary: true,
      }),
    ],
  },
  {
    title: 'Administratieve ondersteuning beleidsteam',
    sector: 'rijk',
    description:
      'Voor iemand die graag administratief werk doet met duidelijke afspraken en deadlines die ruim vooraf bekend zijn, als vast lid van een beleidsteam. ' +
      'Beleidsmedewerkers en de secretaresse doen dit routinewerk nu zelf, vaak in de avonduren. ' +
      'Zij winnen tijd voor analyse, overleg en advies aan de bewindspersoon.',
    source: SOURCE_HANDREIKING,
    tasks: [
      task({
        name: 'Vergaderstukken verzamelen en klaarzetten',
        description:
          'Stukken voor het teamoverleg verzamelen, in de vaste volgorde zetten en digitaal delen.',
        hoursPerWeek: 4,
        frequency: 'weekly',
        complexity: 'mbo2',
        demands: {
          keyboard_mouse: 1,
          deadlines_and_peaks: 1,
          concentration: 1,
        },
        skills: ['administratie', 'computervaardigheden'],
      }),
      task({
        name: 'Gegevens invoeren in registratiesysteem',
        description:
          'Binnengekomen verzoeken en brieven registreren in het zaaksysteem volgens invoerinstructie.',
        hoursPerWeek: 6,
        frequency: 'daily',
        complexity: 'mbo2',
        demands: { concentration: 1, keyboard_mouse: 1, sitting: 1 },
        skills: ['administratie', 'registreren', 'computervaardigheden'],
        solitary: true,
      }),
      task({
        name: 'Relatiebestand opschonen',
        description:
          'Verouderde contactgegevens controleren en bijwerken in het relatiebeheersysteem.',
        hoursPerWeek: 3,
        frequency: 'weekly',
        complexity: 'mbo1',
        demands: { concentration: 1, keyboard_mouse: 1, sitting: 1 },
        skills: ['administratie', 'computervaardigheden'],
        leftUndone: true,
        solitary: true,
      }),
      task({
        name: 'Uitnodigingen en zaalreserveringen regelen',
        description:
          'Uitnodigingen versturen, aanmeldingen bijhouden en zalen en catering reserveren.',
        hoursPerWeek: 3,
        frequency: 'weekly',
        complexity: 'mbo2',
        demands: { keyboard_mouse: 1, social_contact: 1, independence: 1 },
        skills: ['administratie', 'plannen'],
      }),
    ],
  },
];

export class CarvingTemplates1763900000001 implements MigrationInterface {
  name = 'CarvingTemplates1763900000001';

  async up(q: QueryRunner): Promise<void> {
    for (const template of CARVING_TEMPLATE_SEED) {
      await q.query(
        `INSERT INTO "package_templates" ("title", "sector", "description", "source", "tasks") VALUES ($1, $2, $3, $4, $5::jsonb)`,
        [
          template.title,
          template.sector,
          template.description,
          template.source,
          JSON.stringify(template.tasks),
        ],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    // Title and source together, so a template an organisation shared under the same title stays.
    await q.query(
      `DELETE FROM "package_templates" WHERE "title" = ANY($1) AND "source" = ANY($2)`,
      [
        CARVING_TEMPLATE_SEED.map((template) => template.title),
        [...new Set(CARVING_TEMPLATE_SEED.map((template) => template.source))],
      ],
    );
  }
}
