import { randomBytes } from 'node:crypto';
import type { ContainerClient } from '@azure/storage-blob';

export const SECRET_BLOB_NAME = 'keys/pseudonym.key';

/**
 * Reads the pseudonymisation secret shared by every instance from a blob, creating it the first
 * time (only one instance wins the race: the upload is conditional on the blob not existing).
 */
export async function loadOrCreateBlobSecret(container: ContainerClient, name = SECRET_BLOB_NAME): Promise<string> {
  const blob = container.getBlockBlobClient(name);
  const candidate = randomBytes(32).toString('hex');
  try {
    await blob.upload(candidate, Buffer.byteLength(candidate), { conditions: { ifNoneMatch: '*' } });
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode;
    if (status !== 409 && status !== 412) throw error;
  }
  return (await blob.downloadToBuffer()).toString('utf8').trim();
}
