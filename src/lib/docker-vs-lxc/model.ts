import { loadModel, type DockerVsLxcModel } from './schema';
import { dockerVsLxcData } from './model-data';

/** The decision model, checked by the validator: anything that renders or tests it loads it from here. */
export const dockerVsLxcModel: DockerVsLxcModel = loadModel(dockerVsLxcData);
