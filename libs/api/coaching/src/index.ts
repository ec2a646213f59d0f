/**
 * The jobcoach's record of a candidate: contacts, goals, coaching hours per week beside the
 * funded norm, evaluations after a placement starts, the risk signals drawn from them, the
 * coach's dashboard and the logbook PDF for funding reports.
 */
export * from './lib/coaching.entities';
export * from './lib/coaching.module';
export * from './lib/demo-seed';
