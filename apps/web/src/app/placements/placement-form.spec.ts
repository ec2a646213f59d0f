import { FormControl, FormGroup, Validators } from '@angular/forms';
import { CandidateSummaryDto } from '@jcw/shared-contracts';
import {
  applyMethodFields,
  candidateChosen,
  methodFields,
  notBefore,
  PlacementFormValue,
  toCreateRequest,
} from './placement-form';

const CANDIDATE: CandidateSummaryDto = {
  id: '00000000-0000-4000-8000-000000000001',
  displayName: 'Mohamed El Amrani',
  status: 'available',
  targetGroup: 'school_leaver_vso_pro',
  labourMarketRegion: null,
  jobcoachUserId: null,
  consentGiven: true,
  completenessScore: 80,
};

function aFormValue(
  overrides: Partial<PlacementFormValue> = {},
): PlacementFormValue {
  return {
    candidateId: CANDIDATE,
    unitId: '00000000-0000-4000-8000-00000000aaaa',
    packageId: null,
    method: 'individual',
    contractKind: 'employment',
    lenderName: '',
    teamName: '',
    teamLeaderName: '',
    startDate: '2026-01-01',
    plannedEndDate: '',
    hoursPerWeek: 25.5,
    ...overrides,
  };
}

function methodControls() {
  return {
    lenderName: new FormControl('', { nonNullable: true }),
    teamName: new FormControl('', { nonNullable: true }),
    teamLeaderName: new FormControl('', { nonNullable: true }),
  };
}

describe('the fields a placement method needs', () => {
  it('asks the lender for hired-in work and the team for a collective placement', () => {
    expect(methodFields('hired_in')).toEqual({ lender: true, team: false });
    expect(methodFields('collective')).toEqual({ lender: false, team: true });
    expect(methodFields('individual')).toEqual({ lender: false, team: false });
    expect(methodFields(null)).toEqual({ lender: false, team: false });
  });

  it('makes the lender required for hired-in work', () => {
    const controls = methodControls();
    applyMethodFields(controls, 'hired_in');

    expect(controls.lenderName.hasError('required')).toBe(true);
    expect(controls.teamName.valid).toBe(true);
    controls.lenderName.setValue('Sw-bedrijf Midden');
    expect(controls.lenderName.valid).toBe(true);
  });

  it('makes team name and team leader required for a collective placement', () => {
    const controls = methodControls();
    applyMethodFields(controls, 'collective');

    expect(controls.teamName.hasError('required')).toBe(true);
    expect(controls.teamLeaderName.hasError('required')).toBe(true);
    expect(controls.lenderName.valid).toBe(true);
  });

  it('forgets what was typed for another method once the method changes', () => {
    const controls = methodControls();
    applyMethodFields(controls, 'hired_in');
    controls.lenderName.setValue('Uitzendbureau');

    applyMethodFields(controls, 'individual');

    expect(controls.lenderName.value).toBe('');
    expect(controls.lenderName.valid).toBe(true);
  });
});

describe('the request for a new placement', () => {
  it('sends the chosen candidate’s id and leaves out an empty planned end', () => {
    expect(toCreateRequest(aFormValue())).toEqual({
      candidateId: CANDIDATE.id,
      unitId: '00000000-0000-4000-8000-00000000aaaa',
      packageId: null,
      method: 'individual',
      contractKind: 'employment',
      lenderName: null,
      teamName: null,
      teamLeaderName: null,
      startDate: '2026-01-01',
      plannedEndDate: null,
      hoursPerWeek: 25.5,
    });
  });

  it('sends only the method’s own details, trimmed', () => {
    const request = toCreateRequest(
      aFormValue({
        method: 'collective',
        teamName: ' Binnenwerk Utrecht ',
        teamLeaderName: 'Ria Smit',
        lenderName: 'left over',
      }),
    );
    expect(request).toMatchObject({
      teamName: 'Binnenwerk Utrecht',
      teamLeaderName: 'Ria Smit',
      lenderName: null,
    });
  });
});

describe('form checks', () => {
  it('accepts only a candidate picked from the suggestions', () => {
    expect(candidateChosen(new FormControl<unknown>('Moham') as never)).toEqual(
      { candidateChoice: true },
    );
    expect(candidateChosen(new FormControl<unknown>(CANDIDATE) as never)).toBe(
      null,
    );
    expect(candidateChosen(new FormControl<unknown>(null) as never)).toBe(null);
  });

  it('refuses a planned end before the start date', () => {
    const form = new FormGroup({
      startDate: new FormControl('2026-03-01', Validators.required),
      plannedEndDate: new FormControl('', notBefore('startDate')),
    });
    form.controls.plannedEndDate.setValue('2026-02-01');
    expect(form.controls.plannedEndDate.errors).toEqual({ dateOrder: true });

    form.controls.plannedEndDate.setValue('2026-03-01');
    expect(form.controls.plannedEndDate.valid).toBe(true);
  });
});
