import { aPackage, aSourceFunction, aTask } from '../../testing';
import { roundJobUnits } from '../job-units';
import { QuotaYearParameters, quotaOutcome } from '../quota';
import { BusinessCaseInput, businessCase } from './business-case';

const year2018: QuotaYearParameters = {
  year: 2018,
  quotaFraction: 0.0193,
  levyPerUnfilledJob: 5000,
  weeksPerYear: 52,
  thresholdPaidHours: 40_575,
};

// The DOMAIN.md quota example: 14.555 jobs required, 10 realised, 4.555 short.
const fourPointFiveJobsShort = quotaOutcome(year2018, {
  totalPaidHours: 1_000_000,
  realisedJobs: 10,
});

const secretary = aSourceFunction()
  .withId('secretary')
  .withContractHours(36)
  .costingPerHour(40)
  .build();
const facilityWorker = aSourceFunction()
  .withId('facility')
  .withContractHours(38)
  .costingPerHour(35)
  .build();

/**
 * 20.5 h a week: 6 h of mail from the secretary, 8 h of stock from the facility worker and
 * 6.5 h of archiving the secretary never got round to; carved job at EUR 25 an hour, 52 weeks.
 */
function aBusinessCase(
  overrides: Partial<BusinessCaseInput> = {},
): BusinessCaseInput {
  return {
    carvedPackage: aPackage()
      .withTask(aTask().named('Mail').from('secretary').withHours(6).build())
      .withTask(aTask().named('Stock').from('facility').withHours(8).build())
      .withTask(
        aTask()
          .named('Archive')
          .from('secretary')
          .withHours(6.5)
          .leftUndone()
          .build(),
      )
      .build(),
    sourceFunctions: [secretary, facilityWorker],
    carvedJobCostPerHour: 25,
    weeksPerYear: 52,
    quota: { parameters: year2018, current: fourPointFiveJobsShort },
    ...overrides,
  };
}

describe('business case of a carved package', () => {
  it('frees 6 h (6/36 = 0.167 FTE) of the secretary and 8 h (8/38 = 0.211 FTE) of the facility worker', () => {
    const result = businessCase(aBusinessCase());
    expect(
      result.freedBySourceFunction.map(
        ({ sourceFunctionId, hoursPerWeek, fte }) => ({
          sourceFunctionId,
          hoursPerWeek,
          fte: Number(fte?.toFixed(3)),
        }),
      ),
    ).toEqual([
      { sourceFunctionId: 'secretary', hoursPerWeek: 6, fte: 0.167 },
      { sourceFunctionId: 'facility', hoursPerWeek: 8, fte: 0.211 },
    ]);
    expect(result.freedFte).toBeCloseTo(6 / 36 + 8 / 38, 10);
  });

  it('frees no one with the 6.5 hours of work that was left undone', () => {
    expect(businessCase(aBusinessCase()).freedHoursPerWeek).toBe(14);
  });

  it('values the freed hours at EUR 520 a week and EUR 27,040 a year (6 x 40 + 8 x 35, x 52)', () => {
    const result = businessCase(aBusinessCase());
    expect(result.freedValuePerWeek).toBe(520);
    expect(result.freedValuePerYear).toBe(27_040);
    expect(result.freedBySourceFunction.map((f) => f.valuePerYear)).toEqual([
      12_480, 14_560,
    ]);
  });

  it('costs EUR 26,650 a year for the carved job (20.5 h x EUR 25 x 52)', () => {
    const result = businessCase(aBusinessCase());
    expect(result.carvedJobHoursPerWeek).toBe(20.5);
    expect(result.carvedJobGrossCostPerYear).toBe(26_650);
    expect(result.carvedJobNetCostPerYear).toBe(26_650);
  });

  it('nets EUR 390 a year without subsidies (27,040 - 26,650)', () => {
    expect(businessCase(aBusinessCase()).netBenefitPerYear).toBe(390);
  });

  it('lowers the cost to EUR 19,320 with a 20 % wage-cost subsidy and EUR 2,000 advantage (26,650 - 5,330 - 2,000)', () => {
    const result = businessCase(
      aBusinessCase({
        wageCostSubsidyFraction: 0.2,
        wageCostAdvantagePerYear: 2000,
      }),
    );
    expect(result.wageCostSubsidyPerYear).toBeCloseTo(5330, 9);
    expect(result.wageCostAdvantagePerYear).toBe(2000);
    expect(result.carvedJobNetCostPerYear).toBeCloseTo(19_320, 9);
    expect(result.netBenefitPerYear).toBeCloseTo(7720, 9);
  });

  it('adds 0.804 jobs and avoids EUR 4,019.61 levy when 4.555 jobs short (20.5 / 25.5 x 5,000)', () => {
    const result = businessCase(aBusinessCase());
    expect(roundJobUnits(result.jobUnitsAdded)).toBe(0.804);
    expect(result.levyAvoidedPerYear).toBeCloseTo(4019.61, 2);
    expect(result.netBenefitIncludingLevyPerYear).toBeCloseTo(4409.61, 2);
  });

  it('avoids levy only for the jobs still missing: 0.5 short avoids EUR 2,500', () => {
    const result = businessCase(
      aBusinessCase({
        quota: {
          parameters: year2018,
          current: { shortfallJobs: 0.5, belowThreshold: false },
        },
      }),
    );
    expect(result.levyAvoidedPerYear).toBe(2500);
  });

  it('avoids no levy when the organisation already meets its quota', () => {
    const onQuota = quotaOutcome(year2018, {
      totalPaidHours: 1_000_000,
      realisedJobs: 15,
    });
    const result = businessCase(
      aBusinessCase({ quota: { parameters: year2018, current: onQuota } }),
    );
    expect(result.levyAvoidedPerYear).toBe(0);
  });

  it('avoids no levy for an employer below the 25-employee threshold', () => {
    const small = quotaOutcome(year2018, {
      totalPaidHours: 30_000,
      realisedJobs: 0,
      explicitTargetJobs: 2,
    });
    const result = businessCase(
      aBusinessCase({ quota: { parameters: year2018, current: small } }),
    );
    expect(result.levyAvoidedPerYear).toBe(0);
  });

  it('asks for a source function it does not know instead of valuing its hours', () => {
    const result = businessCase(
      aBusinessCase({ sourceFunctions: [secretary] }),
    );
    expect(result.issues).toEqual([
      { code: 'unknown_source_function', sourceFunctionId: 'facility' },
    ]);
    expect(result.freedBySourceFunction[1]).toEqual({
      sourceFunctionId: 'facility',
      hoursPerWeek: 8,
      fte: null,
      valuePerWeek: null,
      valuePerYear: null,
    });
    expect(result.freedValuePerYear).toBe(12_480);
  });

  it('reports a source function without contract hours instead of dividing by zero', () => {
    const result = businessCase(
      aBusinessCase({
        sourceFunctions: [
          secretary,
          aSourceFunction().withId('facility').withContractHours(0).build(),
        ],
      }),
    );
    expect(result.issues).toEqual([
      {
        code: 'source_function_without_contract_hours',
        sourceFunctionId: 'facility',
      },
    ]);
    expect(result.freedBySourceFunction[1].fte).toBeNull();
  });

  it('counts a year as the given number of weeks (48 weeks: 520 x 48 = EUR 24,960)', () => {
    expect(
      businessCase(aBusinessCase({ weeksPerYear: 48 })).freedValuePerYear,
    ).toBe(24_960);
  });

  it('refuses a wage-cost subsidy above 100 % of the cost', () => {
    expect(() =>
      businessCase(aBusinessCase({ wageCostSubsidyFraction: 1.2 })),
    ).toThrow(RangeError);
  });
});
