/** English messages of the case page feature; merged into the catalogue by ../en.ts. Keys are namespaced by their top-level object. */
export const casePage = {};
