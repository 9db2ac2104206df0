/** Full names of the CRDT services and messages of the TCK model. */

const PACKAGE = 'cloudstate.tck.model.crdt';

export const CRDT_PROTOCOL = 'cloudstate.crdt.Crdt';

export const CRDT_TCK_MODEL = `${PACKAGE}.CrdtTckModel`;
export const CRDT_TWO = `${PACKAGE}.CrdtTwo`;
export const CRDT_CONFIGURED = `${PACKAGE}.CrdtConfigured`;

export const REQUEST_TYPE = `${PACKAGE}.Request`;
export const STREAMED_REQUEST_TYPE = `${PACKAGE}.StreamedRequest`;
export const RESPONSE_TYPE = `${PACKAGE}.Response`;

/** The command that CrdtTwo and CrdtConfigured serve, and that forwards and effects target. */
export const CALL = 'Call';
