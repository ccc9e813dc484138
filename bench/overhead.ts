import type { ComparedOperation } from './operations/compared-operation';

/**
 * The server's own cost: an operation no resolver of either schema touches the database for,
 * so what it measures is HTTP, parsing, validation, context and serialisation.
 */
export const trivialOperation: ComparedOperation<string> = {
  name: 'server overhead',
  compared: '`{ __typename }`: answered without the database',
  guanxi: { query: '{ __typename }' },
  peer: { query: '{ __typename }' },
  fromGuanxi: (data) => (data as { __typename: string }).__typename,
  fromPeer: (data) => (data as { __typename: string }).__typename,
};
