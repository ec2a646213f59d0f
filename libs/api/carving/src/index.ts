/**
 * Job carving: regular functions and their tasks, carved packages composed from task allocations
 * with their business case and versions, installation-wide templates, and unit scans.
 */
export * from './lib/carving.entities';
export * from './lib/carving.module';
export * from './lib/packages.service';
export * from './lib/demo-seed';
export { toDomainTask } from './lib/carving.mapping';
