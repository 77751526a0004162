import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/env.js';
import { answerWorkerCount } from './bot-service.js';

describe('answerWorkerCount', () => {
  it('uses one thread less than the cores, at least one and at most four, unless ANSWER_WORKERS says otherwise', () => {
    const config = loadConfig({});
    expect(answerWorkerCount(config, 1)).toBe(1);
    expect(answerWorkerCount(config, 2)).toBe(1);
    expect(answerWorkerCount(config, 4)).toBe(3);
    expect(answerWorkerCount(config, 32)).toBe(4);
    expect(answerWorkerCount(loadConfig({ ANSWER_WORKERS: '0' }), 8)).toBe(0);
    expect(answerWorkerCount(loadConfig({ ANSWER_WORKERS: '6' }), 2)).toBe(6);
  });

  it('keeps a configured model on the bot thread (its work is waiting on the network)', () => {
    expect(answerWorkerCount(loadConfig({ OPENAI_API_KEY: 'sk-test', ANSWER_WORKERS: '3' }), 8)).toBe(0);
  });
});
