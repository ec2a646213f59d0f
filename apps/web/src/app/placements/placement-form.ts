import {
  AbstractControl,
  FormControl,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import {
  CandidateSummaryDto,
  ContractKind,
  CreatePlacementRequest,
  PlacementMethod,
} from '@jcw/shared-contracts';

/** Today as `yyyy-mm-dd` in the user's own time zone, the value a date input holds. */
export function today(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The fields a method needs besides the common ones: hired-in work is recorded with its lender
 * (who does not count the job), a collective placement with its team and team leader.
 */
export function methodFields(method: PlacementMethod | null): {
  lender: boolean;
  team: boolean;
} {
  return { lender: method === 'hired_in', team: method === 'collective' };
}

interface MethodControls {
  lenderName: FormControl<string>;
  teamName: FormControl<string>;
  teamLeaderName: FormControl<string>;
}

/**
 * Makes the method's own fields required and clears the others, so a value typed for an earlier
 * choice is neither validated nor sent.
 */
export function applyMethodFields(
  controls: MethodControls,
  method: PlacementMethod | null,
): void {
  const needs = methodFields(method);
  const toggle = (
    control: FormControl<string>,
    required: boolean,
    maxLength: number,
  ) => {
    if (required) {
      control.setValidators([
        Validators.required,
        Validators.maxLength(maxLength),
      ]);
    } else {
      control.clearValidators();
      control.setValue('', { emitEvent: false });
    }
    control.updateValueAndValidity({ emitEvent: false });
  };
  toggle(controls.lenderName, needs.lender, 200);
  toggle(controls.teamName, needs.team, 120);
  toggle(controls.teamLeaderName, needs.team, 120);
}

/** A candidate must be picked from the suggestions; typed text alone names nobody. */
export function candidateChosen(
  control: AbstractControl<CandidateSummaryDto | string | null>,
): ValidationErrors | null {
  const value = control.value;
  if (value === null || value === '') return null;
  return typeof value === 'string' ? { candidateChoice: true } : null;
}

/** A date that may not lie before the sibling control `other` (both `yyyy-mm-dd`). */
export function notBefore(other: string): ValidatorFn {
  return (control: AbstractControl<string>) => {
    const start = control.parent?.get(other)?.value as string | undefined;
    return control.value && start && control.value < start
      ? { dateOrder: true }
      : null;
  };
}

export interface PlacementFormValue {
  candidateId: CandidateSummaryDto | string | null;
  unitId: string | null;
  packageId: string | null;
  method: PlacementMethod | null;
  contractKind: ContractKind | null;
  lenderName: string;
  teamName: string;
  teamLeaderName: string;
  startDate: string;
  plannedEndDate: string;
  hoursPerWeek: number | null;
}

const trimmed = (value: string) => value.trim() || null;

/** The request for a valid form: only the method's own fields, empty optional ones as null. */
export function toCreateRequest(
  value: PlacementFormValue,
): CreatePlacementRequest {
  const method = value.method as PlacementMethod;
  const needs = methodFields(method);
  const candidate = value.candidateId as CandidateSummaryDto;
  return {
    candidateId: candidate.id,
    unitId: value.unitId as string,
    packageId: value.packageId,
    method,
    contractKind: value.contractKind as ContractKind,
    lenderName: needs.lender ? trimmed(value.lenderName) : null,
    teamName: needs.team ? trimmed(value.teamName) : null,
    teamLeaderName: needs.team ? trimmed(value.teamLeaderName) : null,
    startDate: value.startDate,
    plannedEndDate: value.plannedEndDate || null,
    hoursPerWeek: Number(value.hoursPerWeek),
  };
}
