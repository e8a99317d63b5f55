/** English messages of the case list feature; merged into the catalogue by ../en.ts. Keys are namespaced by their top-level object. */
export const caseList = {};
