import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@jcw/api-platform';
import { AccessGuard } from './auth/access.guard';
import { AuthController } from './auth/auth.controller';
import { LoginRateLimiter } from './auth/login-rate-limiter';
import { PasswordHasher } from './auth/password-hasher';
import { SessionService } from './auth/session.service';
import { AuditService } from './audit/audit.service';
import {
  AuditController,
  OrganisationsController,
  UnitsController,
  UsersController,
} from './directory.controllers';
import { identityEntities } from './entities/identity.entities';
import { OrganisationsService } from './organisations/organisations.service';
import { SuperadminBootstrap } from './superadmin-bootstrap';
import { UnitsService } from './units/units.service';
import { UsersService } from './users/users.service';

/**
 * Organisations, units, users, sign-in and the audit log - and the global guard that makes every
 * route of every module deny by default.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(identityEntities),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.auth.jwtSecret,
        signOptions: { algorithm: 'HS256', issuer: 'jcw' },
        verifyOptions: { issuer: 'jcw' },
      }),
    }),
  ],
  controllers: [
    AuthController,
    OrganisationsController,
    UnitsController,
    UsersController,
    AuditController,
  ],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    PasswordHasher,
    LoginRateLimiter,
    SessionService,
    AuditService,
    OrganisationsService,
    UnitsService,
    UsersService,
    SuperadminBootstrap,
  ],
  exports: [AuditService, UnitsService],
})
export class IdentityModule {}
