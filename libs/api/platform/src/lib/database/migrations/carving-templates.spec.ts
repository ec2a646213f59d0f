import {
  compareEducationLevels,
  DEMAND_DIMENSION_KEYS,
  EDUCATION_LEVELS,
  EducationLevel,
  TASK_FREQUENCIES,
} from '@jcw/shared-domain';
import { QueryRunner } from 'typeorm';
import { CarvingTemplates1763900000001 } from './1763900000001-carving-templates';

interface RecordedQuery {
  sql: string;
  parameters: unknown[];
}

interface SeededTask {
  name: string;
  description: string | null;
  hoursPerWeek: number;
  frequency: string;
  complexity: string;
  demands: Record<string, unknown>;
  skills: string[];
  leftUndone: boolean;
  solitary: boolean;
  scheduleNeeds: { evenings: boolean; nights: boolean; weekends: boolean };
}

interface SeededTemplate {
  title: string;
  sector: string | null;
  description: string;
  source: string | null;
  tasks: SeededTask[];
}

const SECTORS = [
  'rijk',
  'gemeenten',
  'provincies',
  'waterschappen',
  'onderwijs_po',
  'onderwijs_vo',
  'onderwijs_mbo',
  'onderwijs_hbo',
  'onderwijs_wo',
  'umc',
  'defensie',
  'politie',
  'zbo',
  'other',
];

/** A QueryRunner that only records what would have been sent to the database. */
function recordingQueryRunner(): {
  runner: QueryRunner;
  calls: RecordedQuery[];
} {
  const calls: RecordedQuery[] = [];
  const runner = {
    query: async (sql: string, parameters: unknown[] = []) => {
      calls.push({ sql, parameters });
      return [];
    },
  } as unknown as QueryRunner;
  return { runner, calls };
}

async function seededTemplates(): Promise<{
  calls: RecordedQuery[];
  templates: SeededTemplate[];
}> {
  const { runner, calls } = recordingQueryRunner();
  await new CarvingTemplates1763900000001().up(runner);
  const templates = calls.map(({ parameters }) => {
    const [title, sector, description, source, tasks] = parameters as [
      string,
      string | null,
      string,
      string | null,
      string,
    ];
    return {
      title,
      sector,
      description,
      source,
      tasks: JSON.parse(tasks) as SeededTask[],
    };
  });
  return { calls, templates };
}

function isEducationLevel(value: string): value is EducationLevel {
  return (EDUCATION_LEVELS as readonly string[]).includes(value);
}

const hoursOf = (template: SeededTemplate): number =>
  template.tasks.reduce((sum, task) => sum + task.hoursPerWeek, 0);

describe('CarvingTemplates1763900000001', () => {
  it('has the migration name TypeORM records', () => {
    expect(new CarvingTemplates1763900000001().name).toBe(
      'CarvingTemplates1763900000001',
    );
  });

  it('inserts at least 12 templates with parameterised queries', async () => {
    const { calls, templates } = await seededTemplates();
    expect(templates.length).toBeGreaterThanOrEqual(12);
    for (const { sql, parameters } of calls) {
      expect(sql).toMatch(/^INSERT INTO "package_templates"/);
      expect(sql).toContain('$5::jsonb');
      expect(parameters).toHaveLength(5);
    }
  });

  it('gives every template a unique title, a description, a source and a valid sector', async () => {
    const { templates } = await seededTemplates();
    const titles = templates.map((t) => t.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const template of templates) {
      expect(template.title.length).toBeGreaterThan(0);
      expect(template.title.length).toBeLessThanOrEqual(200);
      expect(template.description.length).toBeGreaterThan(50);
      expect(template.source).toBeTruthy();
      expect((template.source ?? '').length).toBeLessThanOrEqual(300);
      if (template.sector !== null) {
        expect(template.sector.length).toBeLessThanOrEqual(24);
        expect(SECTORS).toContain(template.sector);
      }
    }
  });

  it('uses only known demand dimensions with levels 0-2', async () => {
    const { templates } = await seededTemplates();
    const keys: readonly string[] = DEMAND_DIMENSION_KEYS;
    for (const task of templates.flatMap((t) => t.tasks)) {
      for (const [key, level] of Object.entries(task.demands)) {
        expect({ task: task.name, key, known: keys.includes(key) }).toEqual({
          task: task.name,
          key,
          known: true,
        });
        expect([0, 1, 2]).toContain(level);
      }
    }
  });

  it('keeps every task at most mbo2, as templates are carved packages, except the one meant for graduates', async () => {
    const { templates } = await seededTemplates();
    // Carving also serves graduates whose limitation lies elsewhere (autism, energy): the
    // reference's literature summaries need reading skill at hbo level and are kept as such.
    const forGraduates = new Set([
      'Samenvattingen van wetenschappelijke artikelen',
    ]);
    for (const task of templates
      .filter((t) => !forGraduates.has(t.title))
      .flatMap((t) => t.tasks)) {
      expect(isEducationLevel(task.complexity)).toBe(true);
      if (isEducationLevel(task.complexity)) {
        expect(
          compareEducationLevels(task.complexity, 'mbo2'),
        ).toBeLessThanOrEqual(0);
      }
    }
  });

  it('fills every task field with a valid value', async () => {
    const { templates } = await seededTemplates();
    for (const template of templates) {
      expect(template.tasks.length).toBeGreaterThanOrEqual(3);
      expect(template.tasks.length).toBeLessThanOrEqual(6);
      for (const task of template.tasks) {
        expect(task.name.length).toBeGreaterThan(0);
        expect(task.hoursPerWeek).toBeGreaterThan(0);
        expect(TASK_FREQUENCIES as readonly string[]).toContain(task.frequency);
        expect(task.skills.length).toBeGreaterThan(0);
        for (const skill of task.skills) {
          expect(skill).toBe(skill.toLowerCase());
        }
        expect(typeof task.leftUndone).toBe('boolean');
        expect(typeof task.solitary).toBe('boolean');
        expect(task.scheduleNeeds).toEqual({
          evenings: expect.any(Boolean),
          nights: expect.any(Boolean),
          weekends: expect.any(Boolean),
        });
      }
    }
  });

  it('keeps every template between 12 and 40 hours a week', async () => {
    const { templates } = await seededTemplates();
    for (const template of templates) {
      const hours = hoursOf(template);
      expect({ title: template.title, ok: hours >= 12 && hours <= 40 }).toEqual(
        { title: template.title, ok: true },
      );
    }
  });

  it('never makes a template of only solitary tasks', async () => {
    const { templates } = await seededTemplates();
    for (const template of templates) {
      expect({
        title: template.title,
        isolating: template.tasks.every((task) => task.solitary),
      }).toEqual({ title: template.title, isolating: false });
    }
  });

  it('deletes exactly the seeded titles on down()', async () => {
    const { templates } = await seededTemplates();
    const { runner, calls } = recordingQueryRunner();
    await new CarvingTemplates1763900000001().down(runner);
    expect(calls).toHaveLength(1);
    expect(calls[0].sql).toMatch(/^DELETE FROM "package_templates"/);
    const [titles, sources] = calls[0].parameters as [string[], string[]];
    expect([...titles].sort()).toEqual(templates.map((t) => t.title).sort());
    expect(new Set(sources)).toEqual(new Set(templates.map((t) => t.source)));
  });
});
