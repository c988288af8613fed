import { loadModel, type ContainerChoiceModel } from './schema';
import { containerChoiceData } from './model-data';

/** The decision model, checked by the validator: anything that renders or tests it loads it from here. */
export const containerChoiceModel: ContainerChoiceModel = loadModel(containerChoiceData);
