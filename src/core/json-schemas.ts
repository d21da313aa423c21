import { z } from 'zod';
import { FineprintDocument } from './file-format';
import { Template } from './template-schema';

/** File names (under templates/) and contents of the JSON Schemas generated from the zod schemas. */
export function generatedJsonSchemas(): Record<string, string> {
  const render = (schema: z.ZodType, id: string, title: string) => {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', cycles: 'ref', reused: 'inline' });
    return `${JSON.stringify({ ...json, $id: id, title }, null, 2)}\n`;
  };
  return {
    'template.schema.json': render(Template, 'https://fineprint.invalid/schemas/template.schema.json', 'FinePrint checklist template'),
    'fineprint.schema.json': render(
      FineprintDocument,
      'https://fineprint.invalid/schemas/fineprint.schema.json',
      'FinePrint assessment document (.fineprint)',
    ),
  };
}
