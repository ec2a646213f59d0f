import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@jcw/api-identity';
import { QuotaController } from './quota.controller';
import { QUOTA_ENTITIES } from './quota.entities';
import { QuotaService } from './quota.service';

@Module({
  imports: [TypeOrmModule.forFeature([...QUOTA_ENTITIES]), IdentityModule],
  controllers: [QuotaController],
  providers: [QuotaService],
})
export class QuotaModule {}
