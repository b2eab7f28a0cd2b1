import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../../src-renderer/core/validation';
import { intakeInput, intakeValues, yearOtherThanNumber } from '../../../../src-renderer/features/complaints/intake-values';

/** Numbers never change (docs/complaints.md): the screens say so when the receipt is in another year. */
describe('yearOtherThanNumber', () => {
  it('gives the receipt’s year when it differs from the number’s, else null', () => {
    expect(yearOtherThanNumber('TS-2027-0001', '2026-12-01')).toBe(2026);
    expect(yearOtherThanNumber('TS-KF3-2027-0001', '2026年12月1日')).toBe(2026);
    expect(yearOtherThanNumber('TS-2026-0001', '2026-12-01')).toBeNull();
    // Half-typed days and foreign-looking numbers say nothing.
    expect(yearOtherThanNumber('TS-2027-0001', '2026-1')).toBeNull();
    expect(yearOtherThanNumber('投诉-1', '2026-12-01')).toBeNull();
  });
});

/** 收到时刻 is typed as 24-hour China time (issue 17.6: a time input showed "05:52 PM" in an English system). */
describe('intakeInput: the receipt time', () => {
  const values = (receivedTime: string) => ({ ...intakeValues(undefined, null, new Date('2026-11-27T02:00:00Z')), receivedDay: '2026-11-26', receivedTime });
  const refusal = (receivedTime: string) => {
    try {
      intakeInput(values(receivedTime));
      return null;
    } catch (error) {
      return error instanceof ValidationError ? error.fieldErrors : error;
    }
  };

  it('reads a 24-hour time as China time, with or without the leading zero, from half- or full-width typing', () => {
    expect(intakeInput(values('18:30')).receivedAt).toBe('2026-11-26T18:30:00+08:00');
    expect(intakeInput(values(' 9:05 ')).receivedAt).toBe('2026-11-26T09:05:00+08:00');
    expect(intakeInput(values('０９：３０')).receivedAt).toBe('2026-11-26T09:30:00+08:00');
    expect(intakeInput(values('23:59')).receivedAt).toBe('2026-11-26T23:59:00+08:00');
  });

  it('refuses at its field what is not a time of day, never rolling it into the next day', () => {
    for (const bad of ['24:00', '25:00', '9:60', '9.30', '930', '5:52 PM', '', '12:3']) {
      expect(refusal(bad), bad).toEqual({ receivedTime: 'validation.complaints.invalidTime' });
    }
  });
});
