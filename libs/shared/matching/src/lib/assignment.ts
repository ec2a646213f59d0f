/**
 * Optimal one-to-one assignment (maximum total score) with forbidden pairs.
 *
 * Our own Jonker-Volgenant rather than the npm `munkres` package (the well-kept candidate),
 * because it is faster on the shapes that were asked for. `npm run bench:matching`, seven runs on
 * 2026-12-01 (Node 20.20, the project's shared 2-core AMD EPYC machine; random scores 0-100, 10 %
 * forbidden; median of 3 calls each):
 *   2000x2000: this 211-284 ms, munkres 284-383 ms for the bare call, 540-789 ms including
 *              building its number[][] cost matrix; linear-sum-assignment 1.8-2.4 s.
 *   2000x500:  this 6.7-8.6 ms, munkres 6.9-9.7 ms bare (within 0.1 ms either way in two runs),
 *              70-92 ms including its matrix; linear-sum-assignment 64-94 ms.
 * solveAssignment takes a Float64Array with NaN for forbidden pairs, so using munkres would mean
 * paying for that matrix on every call.
 */
import { AssignmentResult } from './model';

/**
 * Forbidden pairs (NaN) cost the same as leaving a row empty: nothing. A big-M cost instead would
 * make the solver fill as many rows as possible first and only then maximise the score, which can
 * lose score (one 100 beats two 1s). Pairs with a negative score are never worth taking for the
 * same reason, so they are treated as forbidden too. The cost of a pair is minus its score (or 0),
 * every row of the cost matrix is assigned some column, and forbidden pairs are dropped afterwards;
 * the total is unchanged by construction.
 */
export function solveAssignment(
  scores: Float64Array,
  rows: number,
  cols: number,
): AssignmentResult {
  if (
    !Number.isInteger(rows) ||
    !Number.isInteger(cols) ||
    rows < 0 ||
    cols < 0
  ) {
    throw new RangeError('rows and cols must be non-negative integers');
  }
  if (scores.length !== rows * cols) {
    throw new RangeError(
      `expected ${rows} x ${cols} = ${rows * cols} scores, got ${scores.length}`,
    );
  }
  const columnOfRow = new Int32Array(rows).fill(-1);
  if (rows === 0 || cols === 0) return { columnOfRow, total: 0 };

  // The cost matrix has the shorter side as rows.
  const transposed = rows > cols;
  const n = transposed ? cols : rows;
  const m = transposed ? rows : cols;
  // Nearly square: pad with rows that take any column at no cost (a padding row "taking" a column
  // leaves it empty), so the square initialisation by column reduction applies; it is what makes
  // square problems fast.
  const costRows = n * 10 >= m * 9 ? m : n;
  const cost = costMatrix(costRows * m);
  cost.fill(0, n * m);
  if (!fillCosts(scores, rows, cols, transposed, cost)) {
    throw new RangeError('scores must be finite numbers or NaN (forbidden)');
  }
  const assigned = lapjv(cost, costRows, m);

  for (let i = 0; i < n; i++) {
    const j = assigned[i];
    const row = transposed ? j : i;
    const col = transposed ? i : j;
    if (scores[row * cols + col] >= 0) columnOfRow[row] = col;
  }
  fillWithZeroScorePairs(scores, rows, cols, columnOfRow);
  let total = 0;
  for (let row = 0; row < rows; row++) {
    if (columnOfRow[row] >= 0) total += scores[row * cols + columnOfRow[row]];
  }
  return { columnOfRow, total };
}

/**
 * Touching a fresh 8 MB buffer costs more page faults than the whole assignment of a 2000 x 500
 * matrix; matrices up to this many cells reuse one buffer (calls are synchronous, so never shared).
 */
const REUSED_COST_CELLS = 1 << 20;
let reusedCosts = new Float64Array(0);

function costMatrix(cells: number): Float64Array {
  if (cells > REUSED_COST_CELLS) return new Float64Array(cells);
  if (reusedCosts.length < cells)
    reusedCosts = new Float64Array(REUSED_COST_CELLS);
  return reusedCosts.subarray(0, cells);
}

/** Transposes in tiles, so neither side is walked with a cache-missing stride. */
const TILE = 64;

/**
 * cost = -score, 0 for forbidden or negative scores (`score > 0` is false for NaN). One pass that
 * also tells whether every score was finite or NaN.
 */
function fillCosts(
  scores: Float64Array,
  rows: number,
  cols: number,
  transposed: boolean,
  cost: Float64Array,
): boolean {
  let highest = 0;
  let lowest = 0;
  if (!transposed) {
    for (let cell = 0; cell < scores.length; cell++) {
      const score = scores[cell];
      if (score > highest) highest = score;
      if (score < lowest) lowest = score;
      cost[cell] = score > 0 ? -score : 0;
    }
  } else {
    for (let rowTile = 0; rowTile < rows; rowTile += TILE) {
      const rowEnd = Math.min(rows, rowTile + TILE);
      for (let colTile = 0; colTile < cols; colTile += TILE) {
        const colEnd = Math.min(cols, colTile + TILE);
        for (let row = rowTile; row < rowEnd; row++) {
          for (let col = colTile; col < colEnd; col++) {
            const score = scores[row * cols + col];
            if (score > highest) highest = score;
            if (score < lowest) lowest = score;
            cost[col * rows + row] = score > 0 ? -score : 0;
          }
        }
      }
    }
  }
  return highest < Infinity && lowest > -Infinity;
}

/**
 * A feasible pair worth 0 ties with an empty row, so the solver may have left it out; taking it
 * does not change the total and tells the user the row did have a feasible partner.
 */
function fillWithZeroScorePairs(
  scores: Float64Array,
  rows: number,
  cols: number,
  columnOfRow: Int32Array,
): void {
  const taken = new Uint8Array(cols);
  let freeColumns = cols;
  for (let row = 0; row < rows; row++) {
    if (columnOfRow[row] >= 0) {
      taken[columnOfRow[row]] = 1;
      freeColumns--;
    }
  }
  for (let row = 0; row < rows && freeColumns > 0; row++) {
    if (columnOfRow[row] >= 0) continue;
    for (let col = 0; col < cols; col++) {
      if (taken[col] === 0 && scores[row * cols + col] === 0) {
        columnOfRow[row] = col;
        taken[col] = 1;
        freeColumns--;
        break;
      }
    }
  }
}

/**
 * Minimum-cost assignment of all n rows of `cost` (n x m, row-major, n <= m) to distinct columns,
 * after Jonker & Volgenant (1987): initial duals, two rounds of augmenting row reduction, then
 * Dijkstra-like shortest augmenting paths for the rows still free. Square matrices start from
 * column reduction and reduction transfer. Rectangular ones start from zero column duals, since a
 * column left empty must keep dual 0 for the result to be optimal; row reduction only ever lowers
 * the dual of a column it assigns, so that holds throughout.
 */
export function lapjv(cost: Float64Array, n: number, m: number): Int32Array {
  const columnDual = new Float64Array(m);
  const columnOfRow = new Int32Array(n).fill(-1);
  const rowOfColumn = new Int32Array(m).fill(-1);
  const freeRows = new Int32Array(n);
  let freeCount = 0;
  if (n === m) {
    freeCount = reduceColumns(
      cost,
      n,
      columnDual,
      columnOfRow,
      rowOfColumn,
      freeRows,
    );
  } else {
    for (let i = 0; i < n; i++) freeRows[freeCount++] = i;
  }
  freeCount = reduceRows(
    cost,
    n,
    m,
    columnDual,
    columnOfRow,
    rowOfColumn,
    freeRows,
    freeCount,
  );
  augment(cost, m, columnDual, columnOfRow, rowOfColumn, freeRows, freeCount);
  return columnOfRow;
}

/** Column reduction and reduction transfer (square only); returns the number of free rows. */
function reduceColumns(
  cost: Float64Array,
  n: number,
  columnDual: Float64Array,
  columnOfRow: Int32Array,
  rowOfColumn: Int32Array,
  freeRows: Int32Array,
): number {
  const timesChosen = new Int32Array(n);
  // Reverse order as in the original, which assigns more rows on random data.
  for (let j = n - 1; j >= 0; j--) {
    let minimum = cost[j];
    let argmin = 0;
    for (let i = 1; i < n; i++) {
      const value = cost[i * n + j];
      if (value < minimum) {
        minimum = value;
        argmin = i;
      }
    }
    columnDual[j] = minimum;
    if (++timesChosen[argmin] === 1) {
      columnOfRow[argmin] = j;
      rowOfColumn[j] = argmin;
    } else if (minimum < columnDual[columnOfRow[argmin]]) {
      const previous = columnOfRow[argmin];
      columnOfRow[argmin] = j;
      rowOfColumn[j] = argmin;
      rowOfColumn[previous] = -1;
    }
  }
  let freeCount = 0;
  for (let i = 0; i < n; i++) {
    if (timesChosen[i] === 0) {
      freeRows[freeCount++] = i;
    } else if (timesChosen[i] === 1) {
      const own = columnOfRow[i];
      let minimum = Infinity;
      for (let j = 0, at = i * n; j < n; j++, at++) {
        if (j !== own && cost[at] - columnDual[j] < minimum) {
          minimum = cost[at] - columnDual[j];
        }
      }
      if (minimum < Infinity) columnDual[own] -= minimum;
    }
  }
  return freeCount;
}

/**
 * Augmenting row reduction: a free row takes its cheapest column and lowers that column's dual
 * to its second-cheapest, possibly freeing the previous owner. Every step keeps the duals valid,
 * so the step budget (the original can cycle on ties with floating-point costs) only leaves more
 * rows to the exact augmentation. Returns the number of rows still free.
 */
function reduceRows(
  cost: Float64Array,
  n: number,
  m: number,
  columnDual: Float64Array,
  columnOfRow: Int32Array,
  rowOfColumn: Int32Array,
  freeRows: Int32Array,
  freeCount: number,
): number {
  let budget = 8 * n;
  for (let round = 0; round < 2; round++) {
    let k = 0;
    const previousFreeCount = freeCount;
    freeCount = 0;
    while (k < previousFreeCount) {
      const i = freeRows[k++];
      if (budget-- <= 0) {
        freeRows[freeCount++] = i;
        continue;
      }
      const offset = i * m;
      let lowest = cost[offset] - columnDual[0];
      let lowestColumn = 0;
      let secondLowest = Infinity;
      let secondColumn = -1;
      for (let j = 1; j < m; j++) {
        const reduced = cost[offset + j] - columnDual[j];
        if (reduced < secondLowest) {
          if (reduced >= lowest) {
            secondLowest = reduced;
            secondColumn = j;
          } else {
            secondLowest = lowest;
            secondColumn = lowestColumn;
            lowest = reduced;
            lowestColumn = j;
          }
        }
      }
      let displaced = rowOfColumn[lowestColumn];
      if (lowest < secondLowest) {
        // With a single column there is no second-cheapest to lower it to.
        if (secondLowest < Infinity) {
          columnDual[lowestColumn] -= secondLowest - lowest;
        }
      } else if (displaced > -1 && secondColumn >= 0) {
        lowestColumn = secondColumn;
        displaced = rowOfColumn[secondColumn];
      }
      columnOfRow[i] = lowestColumn;
      rowOfColumn[lowestColumn] = i;
      if (displaced > -1) {
        columnOfRow[displaced] = -1;
        if (lowest < secondLowest) freeRows[--k] = displaced;
        else freeRows[freeCount++] = displaced;
      }
    }
  }
  return freeCount;
}

/**
 * Shortest augmenting path from each free row over reduced costs (Dijkstra with the column list
 * split into done / at the current minimum / still to scan), then the dual update and the flip
 * of the alternating path.
 */
function augment(
  cost: Float64Array,
  m: number,
  columnDual: Float64Array,
  columnOfRow: Int32Array,
  rowOfColumn: Int32Array,
  freeRows: Int32Array,
  freeCount: number,
): void {
  const distance = new Float64Array(m);
  const columnList = new Int32Array(m);
  const previousRow = new Int32Array(m);
  for (let f = 0; f < freeCount; f++) {
    const freeRow = freeRows[f];
    for (let j = 0, at = freeRow * m; j < m; j++, at++) {
      distance[j] = cost[at] - columnDual[j];
      previousRow[j] = freeRow;
      columnList[j] = j;
    }
    let low = 0;
    let up = 0;
    let lastScanned = 0;
    let minimum = 0;
    let endOfPath = -1;
    search: for (;;) {
      if (up === low) {
        lastScanned = low - 1;
        minimum = distance[columnList[up++]];
        for (let k = up; k < m; k++) {
          const j = columnList[k];
          const value = distance[j];
          if (value <= minimum) {
            if (value < minimum) {
              up = low;
              minimum = value;
            }
            columnList[k] = columnList[up];
            columnList[up++] = j;
          }
        }
        for (let k = low; k < up; k++) {
          if (rowOfColumn[columnList[k]] < 0) {
            endOfPath = columnList[k];
            break search;
          }
        }
      }
      const scannedColumn = columnList[low++];
      const i = rowOfColumn[scannedColumn];
      const offset = i * m;
      const shift =
        cost[offset + scannedColumn] - columnDual[scannedColumn] - minimum;
      for (let k = up; k < m; k++) {
        const j = columnList[k];
        const reduced = cost[offset + j] - columnDual[j] - shift;
        if (reduced < distance[j]) {
          previousRow[j] = i;
          if (reduced === minimum) {
            if (rowOfColumn[j] < 0) {
              endOfPath = j;
              break search;
            }
            columnList[k] = columnList[up];
            columnList[up++] = j;
          }
          distance[j] = reduced;
        }
      }
    }
    for (let k = 0; k <= lastScanned; k++) {
      const j = columnList[k];
      columnDual[j] += distance[j] - minimum;
    }
    for (;;) {
      const i = previousRow[endOfPath];
      rowOfColumn[endOfPath] = i;
      const next = columnOfRow[i];
      columnOfRow[i] = endOfPath;
      endOfPath = next;
      if (i === freeRow) break;
    }
  }
}
