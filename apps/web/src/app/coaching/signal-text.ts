import { RiskSignal } from '@jcw/shared-contracts';
import { formatDate, Language } from '@jcw/web-shared-util';
import { TranslocoService } from '@jsverse/transloco';

/**
 * A risk signal in words, e.g. "Score welzijn daalde van 4 naar 2 (evaluatie na 3 maanden)",
 * "Incident gemeld op 20 nov 2026", "Geen contact sinds 1 okt 2026 (meer dan 6 weken)".
 */
export function signalText(
  signal: RiskSignal,
  transloco: TranslocoService,
  language: Language,
): string {
  switch (signal.code) {
    case 'evaluation_drop':
      return transloco.translate('coaching.signal.evaluation_drop', {
        score: transloco.translate(`coaching.scoreLower.${signal.score}`),
        from: signal.from,
        to: signal.to,
        milestone: transloco.translate(
          `coaching.milestone.${signal.milestoneMonths}`,
        ),
      });
    case 'incident':
      return transloco.translate('coaching.signal.incident', {
        date: formatDate(signal.contactDate, language),
      });
    case 'no_recent_contact':
      return signal.lastContactDate
        ? transloco.translate('coaching.signal.no_recent_contact', {
            date: formatDate(signal.lastContactDate, language),
            weeks: signal.weeks,
          })
        : transloco.translate('coaching.signal.no_contact_yet', {
            weeks: signal.weeks,
          });
  }
}
