import { createRequire } from 'node:module';

/**
 * botbuilder 4.23.3 serialises outgoing activities with botframework-connector's mappers, whose
 * `Entity` mapper knows only `type`, `text` and `mentioned`: every other entity field (citations,
 * the AI-generated label, streaming info) is silently dropped before the activity reaches Teams.
 * Letting the mapper keep additional properties fixes that. Idempotent; call once at start-up.
 *
 * The connector is resolved from botbuilder's own location so that the copy botbuilder uses is
 * the one patched.
 */
interface CompositeMapperLike {
  type: { name: string; additionalProperties?: { type: { name: string } } };
}

export function keepEntityProperties(): void {
  const requireFromBotbuilder = createRequire(createRequire(import.meta.url).resolve('botbuilder'));
  const mappers = requireFromBotbuilder('botframework-connector/lib/connectorApi/models/mappers') as {
    Entity: CompositeMapperLike;
  };
  const entity = mappers.Entity;
  if (!entity.type.additionalProperties) {
    entity.type.additionalProperties = { type: { name: 'Object' } };
  }
}
