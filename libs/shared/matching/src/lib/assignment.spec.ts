import fc from 'fast-check';
import munkres from 'munkres';
import { seededRandom } from '../testing';
import { solveAssignment } from './assignment';

/** Best total over all partial one-to-one assignments of feasible (>= 0) pairs, by DP over columns. */
function bruteForceTotal(
  scores: Float64Array,
  rows: number,
  cols: number,
): number {
  const memo = new Map<number, number>();
  const best = (row: number, used: number): number => {
    if (row === rows) return 0;
    const key = row * (1 << cols) + used;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let total = best(row + 1, used);
    for (let col = 0; col < cols; col++) {
      const score = scores[row * cols + col];
      if ((used & (1 << col)) === 0 && score >= 0) {
        total = Math.max(total, score + best(row + 1, used | (1 << col)));
      }
    }
    memo.set(key, total);
    return total;
  };
  return best(0, 0);
}

function checkValid(
  scores: Float64Array,
  rows: number,
  cols: number,
  result: ReturnType<typeof solveAssignment>,
): void {
  expect(result.columnOfRow).toHaveLength(rows);
  const assigned = [...result.columnOfRow].filter((col) => col >= 0);
  expect(new Set(assigned).size).toBe(assigned.length);
  let total = 0;
  result.columnOfRow.forEach((col, row) => {
    if (col < 0) return;
    expect(col).toBeLessThan(cols);
    const score = scores[row * cols + col];
    expect(score).toBeGreaterThanOrEqual(0);
    total += score;
  });
  expect(result.total).toBeCloseTo(total, 9);
}

/** One-decimal scores with forbidden, zero and negative cells mixed in. */
const cell = fc.oneof(
  { weight: 3, arbitrary: fc.constant(Number.NaN) },
  { weight: 1, arbitrary: fc.constant(0) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: -50, max: -1 }).map((x) => x / 10),
  },
  {
    weight: 10,
    arbitrary: fc.integer({ min: 1, max: 1000 }).map((x) => x / 10),
  },
);

/** Few distinct values: many ties, the hard case for Jonker-Volgenant's row reduction. */
const tiedCell = fc.constantFrom(Number.NaN, 0, 1, 2, 2, 3);

function matrices(
  rowsRange: { min: number; max: number },
  colsRange: { min: number; max: number },
  cells: fc.Arbitrary<number>,
) {
  return fc
    .tuple(fc.integer(rowsRange), fc.integer(colsRange))
    .chain(([rows, cols]) =>
      fc
        .array(cells, { minLength: rows * cols, maxLength: rows * cols })
        .map((values) => ({ rows, cols, scores: Float64Array.from(values) })),
    );
}

describe('solveAssignment', () => {
  it('finds the brute-force optimum on small matrices of any shape', () => {
    fc.assert(
      fc.property(
        matrices({ min: 0, max: 7 }, { min: 0, max: 7 }, cell),
        ({ rows, cols, scores }) => {
          const result = solveAssignment(scores, rows, cols);
          checkValid(scores, rows, cols, result);
          expect(result.total).toBeCloseTo(
            bruteForceTotal(scores, rows, cols),
            9,
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('finds the optimum when many scores tie', () => {
    fc.assert(
      fc.property(
        matrices({ min: 1, max: 7 }, { min: 1, max: 7 }, tiedCell),
        ({ rows, cols, scores }) => {
          const result = solveAssignment(scores, rows, cols);
          checkValid(scores, rows, cols, result);
          expect(result.total).toBe(bruteForceTotal(scores, rows, cols));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds the optimum on nearly square matrices, which are padded to square', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 9, max: 11 })
          .chain((size) =>
            fc.constantFrom(
              { rows: size, cols: size + 1 },
              { rows: size + 1, cols: size },
            ),
          )
          .chain(({ rows, cols }) =>
            fc
              .array(cell, { minLength: rows * cols, maxLength: rows * cols })
              .map((values) => ({
                rows,
                cols,
                scores: Float64Array.from(values),
              })),
          ),
        ({ rows, cols, scores }) => {
          const result = solveAssignment(scores, rows, cols);
          checkValid(scores, rows, cols, result);
          expect(result.total).toBeCloseTo(
            bruteForceTotal(scores, rows, cols),
            9,
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reaches the same total as munkres on larger random matrices', () => {
    for (const [rows, cols] of [
      [60, 40],
      [40, 60],
      [50, 50],
    ]) {
      const random = seededRandom(rows * 100 + cols);
      const scores = Float64Array.from({ length: rows * cols }, () =>
        random() < 0.2 ? Number.NaN : Math.round(random() * 1000) / 10,
      );
      const costs = Array.from({ length: rows }, (_, row) =>
        Array.from({ length: cols }, (_, col) => {
          const score = scores[row * cols + col];
          return Number.isNaN(score) ? 0 : -score;
        }),
      );
      const munkresTotal = munkres(costs).reduce((total, [row, col]) => {
        const score = scores[row * cols + col];
        return Number.isNaN(score) ? total : total + score;
      }, 0);

      expect(solveAssignment(scores, rows, cols).total).toBeCloseTo(
        munkresTotal,
        6,
      );
    }
  });

  it('leaves a row empty when filling it would cost a better pair elsewhere', () => {
    // Row 0 takes column 0 (100); row 1 could only have column 0, so one 100 beats 1 + 1.
    const scores = Float64Array.from([100, 1, 1, Number.NaN]);

    expect(solveAssignment(scores, 2, 2)).toEqual({
      columnOfRow: Int32Array.from([0, -1]),
      total: 100,
    });
  });

  it('never assigns a forbidden pair, even when it is all that is left', () => {
    const scores = Float64Array.from([Number.NaN, Number.NaN, 5, Number.NaN]);

    expect(solveAssignment(scores, 2, 2)).toEqual({
      columnOfRow: Int32Array.from([-1, 0]),
      total: 5,
    });
  });

  it('assigns a feasible pair worth 0 rather than leaving its row empty', () => {
    const scores = Float64Array.from([0, Number.NaN]);

    expect(solveAssignment(scores, 1, 2).columnOfRow).toEqual(
      Int32Array.from([0]),
    );
  });

  it('never takes a pair with a negative score', () => {
    const scores = Float64Array.from([-1, -2]);

    expect(solveAssignment(scores, 2, 1)).toEqual({
      columnOfRow: Int32Array.from([-1, -1]),
      total: 0,
    });
  });

  it('assigns nothing in a matrix without rows or without columns', () => {
    expect(solveAssignment(new Float64Array(0), 0, 5).columnOfRow).toHaveLength(
      0,
    );
    expect(solveAssignment(new Float64Array(0), 3, 0)).toEqual({
      columnOfRow: Int32Array.from([-1, -1, -1]),
      total: 0,
    });
  });

  it('rejects scores that do not match the shape', () => {
    expect(() => solveAssignment(new Float64Array(5), 2, 3)).toThrow(
      RangeError,
    );
  });

  it('rejects infinite scores', () => {
    expect(() =>
      solveAssignment(Float64Array.from([1, Infinity]), 1, 2),
    ).toThrow(RangeError);
  });
});
