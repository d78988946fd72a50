// Vite's `?url` imports: the file is emitted as an asset and the import is its public URL.
// (The project does not load `vite/client` types, so the one suffix used here is declared.)
declare module '*.geojson?url' {
  const url: string;
  export default url;
}
