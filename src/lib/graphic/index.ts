export * from './types';
export { stateForStep, stepIndex, clampIndex } from './state';
export { fitCamera, applyCamera, mapExtent, interpolateCamera } from './camera';
export { placeLabels, type LabelRequest, type PlacedLabel } from './labels';
export { makeChartLayout, type ChartLayout, type Bar } from './chartScales';
