export { type SvgNode, toSvgString, escapeXml } from './svg.js';
export { CHART_SIZES, type ChartSize, danishNumber } from './frame.js';
export { OKABE_ITO, SERIES } from './palette.js';
export { distributionChart, type DistributionData } from './distribution.js';
export {
  countBarsChart,
  stackedRowsChart,
  levelFill,
  type CountRow,
  type CountBarsData,
  type StackedRowsData,
} from './rows.js';
export { curvesChart, type CurvesData, type CurveSeries } from './curves.js';
export { wordCloudChart, type WordCloudData } from './word-cloud.js';
export {
  compareDistributionChart,
  compareCurvesChart,
  compareCountsChart,
  type CompareLabels,
} from './compare.js';
