// TypeDoc plugin for the SDK reference: the contract's shapes are zod schemas with a type of the same name
// (`export const Health = z.object(…)` and `export type Health = z.infer<typeof Health>`). The SDK re-exports only
// the types, but TypeDoc documents both halves: the schema as `ZodMiniObject<…>` (not part of the SDK's API) and the
// type as `z.infer<typeof Health>` (which tells a reader nothing). This drops the schema half and expands the type
// half into its fields, as TypeDoc's own `@useDeclaredType` tag would, without tagging every alias in the contract.
import { Converter, ReflectionKind } from 'typedoc';

const SCHEMA_TYPE = /^\$?Zod/;
const INFERRED = /(^|\.)(infer|input|output)$/;

/** @param {import('typedoc').Application} app */
export function load(app) {
  // The context a type alias was created in (its parent's scope, with the program active), kept to convert its
  // declared type later: a type alias's `type` is only set after its creation event.
  /** @type {Map<import('typedoc').Reflection, import('typedoc').Context>} */
  const createdIn = new Map();
  app.converter.on(Converter.EVENT_BEGIN, () => createdIn.clear());
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (reflection.kind === ReflectionKind.TypeAlias) createdIn.set(reflection, context);
  });
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const { project } = context;
    for (const reflection of project.getReflectionsByKind(ReflectionKind.TypeAlias)) {
      const type = reflection.type;
      if (type?.type !== 'reference') continue;
      if (SCHEMA_TYPE.test(type.name)) {
        project.removeReflection(reflection);
      } else if (INFERRED.test(type.name)) {
        const parent = createdIn.get(reflection);
        const symbol = context.getSymbolFromReflection(reflection);
        if (!parent || !symbol) continue;
        reflection.type = parent.converter.convertType(parent.withScope(reflection), parent.checker.getDeclaredTypeOfSymbol(symbol));
      }
    }
  });
}
