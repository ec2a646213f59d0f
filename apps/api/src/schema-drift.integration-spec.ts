import {
  integrationConfig,
  pendingSchemaChanges,
} from '@jcw/testing-integration';
import { ApiModule } from './app/api.module';

/**
 * The committed migrations must produce exactly the schema the API's entities describe. Any
 * statement listed means an entity changed without a migration (or the other way round).
 */
describe('API schema drift', () => {
  it('finds no difference between the API entities and the migrations', async () => {
    expect(
      await pendingSchemaChanges(ApiModule.forRoot(integrationConfig())),
    ).toEqual([]);
  });
});
