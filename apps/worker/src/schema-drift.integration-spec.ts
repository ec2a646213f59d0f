import {
  integrationConfig,
  pendingSchemaChanges,
} from '@jcw/testing-integration';
import { WorkerModule } from './app/worker.module';

/** The worker loads its own entity set; it must match the migrations as well. */
describe('worker schema drift', () => {
  it('finds no difference between the worker entities and the migrations', async () => {
    expect(
      await pendingSchemaChanges(WorkerModule.forRoot(integrationConfig())),
    ).toEqual([]);
  });
});
