import { z } from 'zod';
import { Project } from './schema';

/** The JSON Schema of the project file, for other tools and for the people who read the format. */
export function projectJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Project, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }),
    $id: 'https://commercial-policy-builder.app/schema/project-v1.json',
    title: 'Commercial Policy Builder project',
  };
}
