import { describe, expect, it } from 'vitest';
import { permits, type Action, type Actor } from '../../../../shared/domain/permissions';

const officer: Actor = { id: 'officer-1', role: 'officer', active: true };
const supervisor: Actor = { id: 'super-1', role: 'supervisor', active: true };
const own = { assigneeId: 'officer-1' };
const others = { assigneeId: 'officer-2' };
const unassigned = { assigneeId: null };

describe('permits', () => {
  it.each<[Action, boolean, boolean, boolean]>([
    // action, own case, someone else's case, unassigned case (officer)
    ['case.edit', true, false, true],
    ['case.requestClosure', true, false, true],
    ['case.close', false, false, false],
    ['case.approveClosure', false, false, false],
    ['case.reassign', false, false, false],
  ])('officer: %s', (action, onOwn, onOthers, onUnassigned) => {
    expect([permits(officer, action, own), permits(officer, action, others), permits(officer, action, unassigned)]).toEqual([onOwn, onOthers, onUnassigned]);
  });

  it.each<[Action, boolean]>([
    ['case.create', true],
    ['group.manage', true],
    ['data.export', true],
    ['data.backup', false],
    ['staff.manage', false],
    ['settings.change', false],
    ['accessLog.read', false],
    ['data.restore', false],
  ])('officer without a case: %s → %s', (action, allowed) => {
    expect(permits(officer, action)).toBe(allowed);
  });

  it('refuses a case-scoped action when no case is given', () => {
    expect(permits(officer, 'case.edit')).toBe(false);
  });

  it('lets a supervisor do everything, on any case', () => {
    const actions: Action[] = ['case.create', 'case.edit', 'case.close', 'case.approveClosure', 'case.reassign', 'staff.manage', 'settings.change', 'accessLog.read', 'data.backup', 'data.restore'];
    for (const action of actions) expect(permits(supervisor, action, others)).toBe(true);
  });

  it('lets a deactivated profile do nothing', () => {
    expect(permits({ ...supervisor, active: false }, 'case.create')).toBe(false);
    expect(permits({ ...officer, active: false }, 'case.edit', own)).toBe(false);
  });
});
