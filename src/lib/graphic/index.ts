export * from './types';
export { stateForStep, stepIndex, clampIndex } from './state';
export { fitCamera, applyCamera, mapExtent, interpolateCamera, layoutNote, sameCamera, NOTE_SIZE } from './camera';
export { placeLabels, textWidth, wrapText, type LabelRequest, type PlacedLabel } from './labels';
export { layoutArrows, layoutLabels, type ArrowLayout } from './mapLayout';
export { makeChartLayout, type ChartLayout, type Bar } from './chartScales';
