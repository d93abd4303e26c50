import { describe, expect, it } from 'vitest';
import { stepProblem } from '@/lib/campaign/target-schema';
import { formatDate } from '@/lib/dates';
import { viText } from '@/lib/text';

const half = { targetGroup: 'other-citizen', percent: 50, startsOn: '2026-12-01', dueOn: '2026-12-15' };
const whole = { targetGroup: 'other-citizen', percent: 100, startsOn: '2026-12-01', dueOn: '2026-12-31' };
const everyone = { targetGroup: null, percent: 40, startsOn: '2026-12-01', dueOn: '2026-12-20' };

/** What the targets form shows for a refused step. */
function message(target: typeof half, others: (typeof half | typeof everyone)[]) {
  const problem = stepProblem(target, others);
  return problem && { field: problem.field, text: viText('StaffCampaign')(`targetsPage.errors.${problem.message}`, { percent: problem.step.percent, due: formatDate(problem.step.dueOn, 'vi', 'date') }) };
}

describe('the steps of a phased target', () => {
  it('take a later step due later with a larger share, either way round, and ignore other groups', () => {
    expect(stepProblem(whole, [half, everyone])).toBeUndefined();
    expect(stepProblem(half, [whole])).toBeUndefined();
    expect(stepProblem({ ...whole, percent: 50 }, [half])).toBeUndefined();
    expect(stepProblem({ ...everyone, percent: 10, dueOn: '2026-12-31' }, [half, whole])).toBeUndefined();
  });

  it('refuse a second step due the same day, naming the step already there', () => {
    expect(message({ ...half, percent: 70 }, [half, whole])).toEqual({
      field: 'dueOn',
      text: 'Đối tượng này đã có một giai đoạn cùng hạn: 50% đến 15/12/2026. Mỗi giai đoạn cần một hạn khác; muốn đổi tỉ lệ thì hãy sửa giai đoạn đó.',
    });
  });

  it('refuse a later step asking less than the one before it', () => {
    expect(message({ ...whole, percent: 40 }, [half])).toEqual({
      field: 'percent',
      text: 'Giai đoạn trước của đối tượng này là 50% đến 15/12/2026. Giai đoạn sau phải có tỉ lệ bằng hoặc cao hơn.',
    });
  });

  it('refuse an earlier step asking more than the one after it', () => {
    expect(message({ ...half, dueOn: '2026-12-10', percent: 100 }, [{ ...half, percent: 60 }, whole])).toEqual({
      field: 'percent',
      text: 'Giai đoạn sau của đối tượng này là 60% đến 15/12/2026. Giai đoạn trước phải có tỉ lệ bằng hoặc thấp hơn.',
    });
  });
});
