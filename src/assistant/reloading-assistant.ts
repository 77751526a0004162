import type { Dataset } from '../domain/dataset.js';
import type { DatasetHolder } from '../data/dataset-holder.js';
import type { Assistant } from './answer.js';

/**
 * An assistant that always answers from the holder's current dataset: the inner assistant (with its
 * tools and submission search) is built for a dataset on first use and rebuilt after a swap.
 */
export function reloadingAssistant(holder: DatasetHolder, build: (dataset: Dataset) => Assistant): Assistant {
  let built: { dataset: Dataset; assistant: Assistant } | null = null;
  const current = (): Assistant => {
    const dataset = holder.current;
    if (built?.dataset !== dataset) built = { dataset, assistant: build(dataset) };
    return built.assistant;
  };
  return {
    answer: (question, memory) => current().answer(question, memory),
  };
}
