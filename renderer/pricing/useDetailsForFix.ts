import { useEffect } from 'react';
import { useFixTarget } from '../editor/fixTarget';

/**
 * When a "Fix" link points into a row's detail panel (a credit exception), opens that row's panel
 * as the chapter opens, so the field is there for the link to reach and focus.
 */
export function useDetailsForFix(listPath: string, inDetails: RegExp): void {
  const target = useFixTarget();
  useEffect(() => {
    if (!target || !target.path.startsWith(`${listPath}.`)) return;
    const match = inDetails.exec(target.path.slice(listPath.length + 1));
    if (!match) return;
    const button = document.querySelector<HTMLButtonElement>(`[data-field="${CSS.escape(listPath)}"] tr[data-row="${match[1]}"] button[aria-expanded="false"]`);
    button?.click();
    // Once, when the chapter opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
