export * from './types';
export { stateForStep, stepIndex, clampIndex } from './state';
export { fitCamera, applyCamera, cameraMove, interpolateCamera, sameCamera } from './camera';
export { placeLabels, round1, textWidth, wrapText, type LabelRequest, type PlacedLabel } from './labels';
export { layoutArrows, layoutLabels, layoutMap, layoutNote, type ArrowLayout, type MapLayout } from './mapLayout';
export { layoutChart, type ChartLayout } from './chartLayout';
export { layoutPicture, rememberedLayout, rememberLayoutPart, pictureFrame, type PictureData, type PictureLayout, type PictureMode, type PictureSize } from './layout';
