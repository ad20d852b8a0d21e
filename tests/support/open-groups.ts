import { act } from 'preact/test-utils';

/** Opens every statement group, as a reader clicking each one: their quotes are built on opening. */
export async function openGroups(within: ParentNode) {
  await act(() => {
    for (const details of within.querySelectorAll<HTMLDetailsElement>('[data-testid=card-group] details')) {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    }
  });
}
