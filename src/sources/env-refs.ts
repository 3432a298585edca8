/**
 * `${{ env.NAME }}` references in gate options (http url/headers/body, migrations env), so tokens
 * can stay in the workflow's secrets instead of the config.
 */
import { UserError } from '../errors.js';

const ENV_REF = /\$\{\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/**
 * Replaces `${{ env.NAME }}` with the variable's value. A variable that is not set is a UserError
 * naming it and where it was used. Substituted values of 4+ characters are added to `secrets`
 * (when given) so callers can hide them in anything they show.
 */
export function substituteEnv(
  text: string,
  env: NodeJS.ProcessEnv,
  where: string,
  secrets?: Set<string>,
): string {
  return text.replace(ENV_REF, (_m, name: string) => {
    // Own variables only: `${{ env.constructor }}` is not Object.prototype's.
    const value = Object.hasOwn(env, name) ? env[name] : undefined;
    if (value === undefined)
      throw new UserError(
        `environment variable ${name} is not set (used as \${{ env.${name} }} in ${where}); set it in the env of the workflow step (or your shell for the CLI)`,
      );
    if (value.length >= 4) secrets?.add(value);
    return value;
  });
}
