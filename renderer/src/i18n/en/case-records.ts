/** English messages of the case records feature; merged into the catalogue by ../en.ts. Keys are namespaced by their top-level object. */
export const caseRecords = {};
