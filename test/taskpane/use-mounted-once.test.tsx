import { renderHook } from '@testing-library/react';
import { useMountedOnceAsked } from '../../src/taskpane/components/use-mounted-once';

describe('useMountedOnceAsked: a dialog stays mounted once asked for', () => {
  it('is false until asked, true from the first ask, and stays true when the dialog closes', () => {
    const { result, rerender } = renderHook(({ asked }) => useMountedOnceAsked(asked), {
      initialProps: { asked: false },
    });
    expect(result.current).toBe(false);
    rerender({ asked: false });
    expect(result.current).toBe(false);
    rerender({ asked: true });
    expect(result.current).toBe(true);
    rerender({ asked: false });
    expect(result.current).toBe(true);
  });
});
