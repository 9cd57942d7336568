import { contract, type CallName, type Handlers } from '../../shared/api/contract';
import { appError, err, type Result } from '../../shared/result';
import { zodIssues } from '../../shared/project/validate';

export const isCallName = (name: string): name is CallName => Object.hasOwn(contract, name);

/**
 * Runs one call for any transport: parses the input with the call's schema before the handler
 * sees it, and checks the output against its schema on the way back. Never throws.
 */
export async function dispatch(handlers: Handlers, name: string, rawInput: unknown): Promise<Result<unknown>> {
  if (!isCallName(name)) return err(appError('invalidInput', `There is no call named "${name}".`));
  const { input, output } = contract[name];
  const parsed = input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    return err(appError('invalidInput', `Invalid input for ${name}: ${issues[0]?.path}: ${issues[0]?.message}`, { issues }));
  }
  try {
    const handler = handlers[name] as (input: unknown) => Promise<Result<unknown>>;
    const result = await handler(parsed.data);
    if (!result.ok) return result;
    const checked = output.safeParse(result.value);
    if (!checked.success) {
      return err(appError('internal', `The app produced an invalid answer to ${name}. Please report this.`, { issues: zodIssues(checked.error) }));
    }
    return { ok: true, value: checked.data };
  } catch (e) {
    return err(appError('internal', `Something went wrong in ${name}: ${e instanceof Error ? e.message : String(e)}`));
  }
}
