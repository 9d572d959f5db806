// gender-detection-from-name ships its name lists as CommonJS Maps without types.
declare module 'gender-detection-from-name/names/*' {
  const names: Map<string, string>;
  export default names;
}
