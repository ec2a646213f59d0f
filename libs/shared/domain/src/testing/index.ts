/** Test-data builders for the domain's carving types; not exported from the library's entry point. */
export * from './builders';
