// ECharts' prebuilt ES module has the API of the package's own entry.
declare module 'echarts/dist/echarts.esm.min.mjs' {
  export * from 'echarts';
}
