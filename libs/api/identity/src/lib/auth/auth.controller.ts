import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { LoginResponse, SessionUser } from '@jcw/shared-contracts';
import type { Request, Response } from 'express';
import { ChangePasswordDto, LoginDto } from '../dto/identity.dto';
import { IdentityException } from '../identity.exception';
import {
  Actor,
  Authenticated,
  CurrentActor,
  CurrentRequest,
  Public,
  RequestContext,
} from '@jcw/api-platform';
import { IssuedSession, SessionService } from './session.service';

export const REFRESH_COOKIE = 'jcw_refresh';
const REFRESH_COOKIE_PATH = '/api/auth';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly sessions: SessionService) {}

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  async login(
    @Body() body: LoginDto,
    @CurrentRequest() context: RequestContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponse> {
    try {
      return withRefreshCookie(
        res,
        await this.sessions.login(body.email, body.password, context),
      );
    } catch (error) {
      if (error instanceof IdentityException && error.retryAfterSeconds)
        res.setHeader('Retry-After', String(error.retryAfterSeconds));
      throw error;
    }
  }

  /** Public because the access token may have expired; the httpOnly cookie is the credential. */
  @Public()
  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  async refresh(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponse> {
    return withRefreshCookie(
      res,
      await this.sessions.refresh(refreshCookieOf(req)),
    );
  }

  @Public()
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  async logout(
    @Req() req: Request,
    @CurrentRequest() context: RequestContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.sessions.logout(refreshCookieOf(req), context);
    res.clearCookie(REFRESH_COOKIE, {
      path: REFRESH_COOKIE_PATH,
      httpOnly: true,
      secure: true,
      sameSite: 'strict',
    });
  }

  @Authenticated()
  @ApiBearerAuth()
  @Get('me')
  me(@CurrentActor() actor: Actor): Promise<SessionUser> {
    return this.sessions.sessionUser(actor.userId);
  }

  @Authenticated()
  @ApiBearerAuth()
  @Post('password')
  @HttpCode(HttpStatus.NO_CONTENT)
  async changePassword(
    @CurrentActor() actor: Actor,
    @Body() body: ChangePasswordDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<void> {
    await this.sessions.changePassword(
      actor,
      body.currentPassword,
      body.newPassword,
      context,
    );
  }
}

function refreshCookieOf(req: Request): string | undefined {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[
    REFRESH_COOKIE
  ];
  return typeof value === 'string' ? value : undefined;
}

/** The refresh token never reaches JavaScript: httpOnly, Secure, SameSite=Strict, only sent to /api/auth. */
function withRefreshCookie(
  res: Response,
  session: IssuedSession,
): LoginResponse {
  res.cookie(REFRESH_COOKIE, session.refreshToken, {
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
    path: REFRESH_COOKIE_PATH,
    expires: session.refreshExpiresAt,
  });
  res.setHeader('Cache-Control', 'no-store');
  return session.response;
}
